package scot.cpib.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the database schema up to date with sql/migration before anything touches JPA. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> describe(result));
    }

    /** One line for the log: up to date at version N, or migrated from version M (or empty) to N. */
    static String describe(MigrateResult result) {
        if (result.migrationsExecuted == 0) {
            return "Database schema up to date at version " + result.initialSchemaVersion;
        }
        String from = result.initialSchemaVersion == null ? "an empty database" : "version " + result.initialSchemaVersion;
        return "Database schema migrated from " + from + " to version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + (result.migrationsExecuted == 1 ? " migration" : " migrations") + " applied)";
    }
}
