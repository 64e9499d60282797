package scot.cpib.shared.infrastructure;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the database is. MicroProfile Config keys {@code cpib.db.url}, {@code cpib.db.user} and
 * {@code cpib.db.password} (environment variables CPIB_DB_URL, CPIB_DB_USER, CPIB_DB_PASSWORD).
 * Without a URL the embedded default is used: an H2 file database in MySQL mode under ./cpib-data.
 * A MariaDB/MySQL URL needs a user: without one the app refuses to start. An H2 file database
 * writes every commit to its file before the commit returns ({@code WRITE_DELAY=0}, unless the URL
 * sets its own), so a save the user saw confirmed survives the process being killed.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String EMBEDDED_DEFAULT_URL =
            "jdbc:h2:./cpib-data/cpib;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";

    public static DatabaseSettings fromEnvironment() {
        String url = durableOnCommit(read("cpib.db.url").orElse(EMBEDDED_DEFAULT_URL));
        boolean h2 = url.startsWith("jdbc:h2:");
        Optional<String> user = read("cpib.db.user");
        if (!h2 && user.isEmpty()) {
            String message = "CPIB_DB_URL points at a MariaDB/MySQL database but CPIB_DB_USER (cpib.db.user) is not set."
                    + " Set the database user and CPIB_DB_PASSWORD; the app does not fall back to root with an empty password.";
            Logger.getLogger(DatabaseSettings.class.getName()).severe(message);
            throw new IllegalStateException(message);
        }
        String password = read("cpib.db.password").orElse("");
        return new DatabaseSettings(url, user.orElse("sa"), password);
    }

    /**
     * An H2 file database URL with {@code WRITE_DELAY=0} added (H2 otherwise writes commits to the
     * file up to half a second later, and a killed process loses them); any other URL, or one that
     * sets WRITE_DELAY itself, as it is.
     */
    static String durableOnCommit(String url) {
        boolean fileDatabase = EmbeddedDatabaseFiles.databasePath(url).isPresent();
        boolean setsWriteDelay = url.toUpperCase(Locale.ROOT).matches(".*;\\s*WRITE_DELAY\\s*=.*");
        return fileDatabase && !setsWriteDelay ? url + ";WRITE_DELAY=0" : url;
    }

    private static Optional<String> read(String key) {
        Optional<String> value;
        try {
            Config config = ConfigProvider.getConfig();
            value = config.getOptionalValue(key, String.class);
        } catch (RuntimeException | LinkageError noConfigYet) {
            value = Optional.ofNullable(System.getProperty(key))
                    .or(() -> Optional.ofNullable(System.getenv(key.toUpperCase().replace('.', '_'))));
        }
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without anything after '?' (which may carry credentials), for logs and messages. */
    public String redactedUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
