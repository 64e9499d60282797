package scot.cpib.shared.infrastructure;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
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
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
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
