package scot.cpib.shared.infrastructure;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The JDBC source behind the container's connection pool. It picks the driver from the URL in
 * {@link DatabaseSettings}: H2 (bundled with Payara Micro) for the embedded default, MySQL
 * Connector/J for MariaDB or MySQL. Drivers are instantiated directly so that a driver in
 * WEB-INF/lib works without DriverManager's class-loader rules.
 */
public class ConfiguredDataSource implements DataSource {

    /**
     * Connector/J settings that spare a round trip or a parse per statement (decision 92): prepared
     * statements parsed once per connection and SQL text, the session's auto-commit and isolation kept
     * on the client instead of asked of or sent to the server each transaction, result-set metadata
     * and the server's configuration cached, no timing kept for each statement. The app never changes
     * session state with SQL of its own, which is what the local session state relies on.
     */
    static final Map<String, String> CONNECTOR_J_DEFAULTS = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "4096",
            "useLocalSessionState", "true",
            "elideSetAutoCommits", "true",
            "cacheResultSetMetadata", "true",
            "cacheServerConfiguration", "true",
            "maintainTimeStats", "false");

    private static final AtomicBoolean FILES_RESTRICTED = new AtomicBoolean();
    private final DatabaseSettings settings = DatabaseSettings.fromEnvironment();
    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(settings.user(), settings.password());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties properties = connectionProperties(settings, username, password);
        if (!FILES_RESTRICTED.get()) {
            EmbeddedDatabaseFiles.prepare(settings.url());
        }
        Connection connection = driver().connect(settings.url(), properties);
        if (connection == null) {
            throw new SQLException("No driver accepts the database URL " + settings.redactedUrl());
        }
        if (FILES_RESTRICTED.compareAndSet(false, true)) {
            EmbeddedDatabaseFiles.restrict(settings.url());
        }
        return connection;
    }

    /**
     * The user and password, and for Connector/J the {@link #CONNECTOR_J_DEFAULTS} the URL does not
     * set itself (a setting in the URL wins).
     */
    static Properties connectionProperties(DatabaseSettings settings, String username, String password) {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (!settings.isH2()) {
            String url = settings.url().toLowerCase(Locale.ROOT);
            CONNECTOR_J_DEFAULTS.forEach((key, value) -> {
                if (!url.matches(".*[?&]" + key.toLowerCase(Locale.ROOT) + "=.*")) {
                    properties.setProperty(key, value);
                }
            });
        }
        return properties;
    }

    private Driver driver() throws SQLException {
        String className = settings.isH2() ? "org.h2.Driver" : "com.mysql.cj.jdbc.Driver";
        try {
            return (Driver) Class.forName(className, true, ConfiguredDataSource.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("JDBC driver " + className + " is not available", e);
        }
    }

    /** Accepted so that the container may pass the definition's URL; the configured one is used. */
    public void setUrl(String ignored) {
        // the URL comes from DatabaseSettings so that it can be changed without a rebuild
    }

    public void setURL(String ignored) {
        setUrl(ignored);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
