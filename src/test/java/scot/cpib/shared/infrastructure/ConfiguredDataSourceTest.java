package scot.cpib.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

    @Test
    void connectorJGetsTheStatementCacheAndLocalSessionStateUnlessTheUrlSaysOtherwise() {
        DatabaseSettings mariadb = new DatabaseSettings(
                "jdbc:mysql://127.0.0.1:3306/cpib?connectionTimeZone=UTC&CachePrepStmts=false", "cpib", "secret");
        Properties properties = ConfiguredDataSource.connectionProperties(mariadb, "cpib", "secret");

        assertEquals("cpib", properties.getProperty("user"));
        assertEquals("secret", properties.getProperty("password"));
        assertEquals("true", properties.getProperty("useLocalSessionState"));
        assertEquals("250", properties.getProperty("prepStmtCacheSize"));
        assertFalse(properties.containsKey("cachePrepStmts"), "the URL's own setting wins");
    }

    @Test
    void theEmbeddedDatabaseGetsOnlyItsCredentials() {
        DatabaseSettings h2 = new DatabaseSettings(DatabaseSettings.EMBEDDED_DEFAULT_URL, "sa", "");
        Properties properties = ConfiguredDataSource.connectionProperties(h2, "sa", "");

        assertEquals(2, properties.size(), properties::toString);
    }
}
