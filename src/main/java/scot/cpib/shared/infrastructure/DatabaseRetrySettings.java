package scot.cpib.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stops EclipseLink from sitting on a request while the database is away. By default it retries a
 * failed connection five seconds later, so every page waited that long before the friendly
 * "unavailable" page; the container's pool already validates connections and replaces broken ones,
 * so one immediate retry is enough. EclipseLink 4.0 has no persistence-unit property for this, and
 * the app compiles against the Jakarta APIs only, hence reflection on the session's login.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DatabaseRetrySettings {

    static final int RETRY_ATTEMPTS = 1;
    static final int DELAY_BETWEEN_ATTEMPTS_MILLIS = 0;
    private static final Logger LOG = Logger.getLogger(DatabaseRetrySettings.class.getName());

    @PersistenceUnit(unitName = "cpib")
    private EntityManagerFactory factory;

    @PostConstruct
    void apply() {
        try {
            Class<?> sessionType = Class.forName("org.eclipse.persistence.sessions.server.ServerSession", true,
                    factory.getClass().getClassLoader());
            Object session = factory.unwrap(sessionType);
            Object login = sessionType.getMethod("getLogin").invoke(session);
            login.getClass().getMethod("setQueryRetryAttemptCount", int.class).invoke(login, RETRY_ATTEMPTS);
            login.getClass().getMethod("setDelayBetweenConnectionAttempts", int.class)
                    .invoke(login, DELAY_BETWEEN_ATTEMPTS_MILLIS);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Could not shorten EclipseLink's connection retries; requests wait for them"
                    + " while the database is unreachable", e);
        }
    }
}
