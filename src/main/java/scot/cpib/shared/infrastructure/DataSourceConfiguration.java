package scot.cpib.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's pooled data source. Connections are validated before use, so the app
 * recovers by itself once a database that went away comes back.
 */
@Singleton
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "scot.cpib.shared.infrastructure.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-creation-retry-attempts=0"
        })
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/cpib";
}
