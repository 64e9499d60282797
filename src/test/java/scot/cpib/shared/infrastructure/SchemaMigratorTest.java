package scot.cpib.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

    @Test
    void restartWithNothingToApplySaysUpToDateAtTheCurrentVersion() {
        MigrateResult result = new MigrateResult();
        result.initialSchemaVersion = "7";
        result.migrationsExecuted = 0;
        assertEquals("Database schema up to date at version 7", SchemaMigrator.describe(result));
    }

    @Test
    void firstStartSaysItMigratedAnEmptyDatabaseAndHowManyMigrations() {
        MigrateResult result = new MigrateResult();
        result.targetSchemaVersion = "7";
        result.migrationsExecuted = 7;
        assertEquals("Database schema migrated from an empty database to version 7 (7 migrations applied)",
                SchemaMigrator.describe(result));
    }

    @Test
    void upgradeSaysFromWhichVersionToWhich() {
        MigrateResult result = new MigrateResult();
        result.initialSchemaVersion = "6";
        result.targetSchemaVersion = "7";
        result.migrationsExecuted = 1;
        assertEquals("Database schema migrated from version 6 to version 7 (1 migration applied)",
                SchemaMigrator.describe(result));
    }
}
