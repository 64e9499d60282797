package scot.cpib.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import scot.cpib.shared.application.BundleTexts;
import scot.cpib.shared.domain.AuditEntry;

/**
 * Liveness: the app can still serve its pages. It reads a text of the pages' bundles, asks the
 * persistence unit for one row, and, when Payara runs a Hazelcast cluster, checks that it is still
 * running. /health/live answers DOWN (503) when one of them is broken, which only a restart mends
 * (a closed EntityManagerFactory, a stopped Hazelcast member), so a supervisor restarts the process.
 * The database being out of reach is readiness' business ({@link DatabaseHealthCheck}): a restart
 * would not bring it back, so liveness stays UP then and says so.
 */
@Liveness
@ApplicationScoped
public class ServingHealthCheck implements HealthCheck {

    static final String NAME = "serving";
    static final String HAZELCAST_JNDI = "payara/Hazelcast";
    private static final int TIMEOUT_SECONDS = 3;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        if ("app.name".equals(BundleTexts.text("app.name"))) {
            return response.down().withData("texts", "the pages' bundles cannot be read").build();
        }
        response.withData("texts", "UP");
        try {
            em.createQuery("SELECT a.id FROM AuditEntry a", Long.class)
                    .setMaxResults(1)
                    .setHint("jakarta.persistence.query.timeout", TIMEOUT_SECONDS * 1000)
                    .getResultList();
            response.withData("persistence", "UP");
        } catch (RuntimeException e) {
            if (databaseReachable()) {
                // the kind of failure only: messages may carry host names
                return response.down().withData("persistence", e.getClass().getSimpleName()).build();
            }
            response.withData("persistence", "database out of reach (see /health/ready)");
        }
        String cluster = clusterState();
        response.withData("cluster", cluster);
        return "stopped".equals(cluster) ? response.down().build() : response.build();
    }

    private boolean databaseReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * "off" when Payara runs without Hazelcast (--nohazelcast, as the app is run), else whether its Hazelcast member is
     * "running" or "stopped". Read by reflection so that the app needs no Hazelcast classes.
     */
    static String clusterState() {
        Object hazelcast;
        try {
            hazelcast = new InitialContext().lookup(HAZELCAST_JNDI);
        } catch (NamingException | RuntimeException notClustered) {
            return "off";
        }
        return hazelcast == null ? "off" : runningState(hazelcast);
    }

    static String runningState(Object hazelcast) {
        try {
            Object running = call(call(hazelcast, "getLifecycleService"), "isRunning");
            return Boolean.TRUE.equals(running) ? "running" : "stopped";
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "stopped";
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method found = target.getClass().getMethod(method);
        found.trySetAccessible();
        return found.invoke(target);
    }
}
