package scot.cpib.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseFilesTest {

    @TempDir
    Path temp;

    @Test
    void theEmbeddedDatabaseFolderIsCreatedForItsOwnerOnlyAndItsFilesMadePrivate() throws IOException {
        Path folder = temp.resolve("cpib-data");
        String url = "jdbc:h2:" + folder.resolve("cpib") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        EmbeddedDatabaseFiles.prepare(url);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));

        Path database = Files.createFile(folder.resolve("cpib.mv.db"));
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        Path other = Files.createFile(folder.resolve("notes.txt"));
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));
        EmbeddedDatabaseFiles.restrict(url);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(database)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(other)), "other files are left alone");
    }

    @Test
    void onlyFileDatabasesHaveAPath() {
        assertEquals(Optional.of(Path.of("./cpib-data/cpib")), EmbeddedDatabaseFiles.databasePath(DatabaseSettings.EMBEDDED_DEFAULT_URL));
        assertEquals(Optional.of(Path.of("/srv/cpib/db")), EmbeddedDatabaseFiles.databasePath("jdbc:h2:file:/srv/cpib/db;MODE=MySQL"));
        assertTrue(EmbeddedDatabaseFiles.databasePath("jdbc:h2:mem:cpib-ui;DB_CLOSE_DELAY=-1").isEmpty());
        assertTrue(EmbeddedDatabaseFiles.databasePath("jdbc:h2:tcp://db/cpib").isEmpty());
        assertTrue(EmbeddedDatabaseFiles.databasePath("jdbc:mysql://db:3306/cpib").isEmpty());
    }

    @Test
    void aMySqlUrlWithoutAUserRefusesToStart() {
        System.setProperty("cpib.db.url", "jdbc:mysql://db.example:3306/cpib");
        System.clearProperty("cpib.db.user");
        try {
            IllegalStateException refused = assertThrows(IllegalStateException.class, DatabaseSettings::fromEnvironment);
            assertTrue(refused.getMessage().contains("CPIB_DB_USER"), refused.getMessage());
            System.setProperty("cpib.db.user", "cpib");
            assertEquals("cpib", DatabaseSettings.fromEnvironment().user());
        } finally {
            System.clearProperty("cpib.db.url");
            System.clearProperty("cpib.db.user");
        }
    }

    @Test
    void anH2FileDatabaseWritesEveryCommitBeforeItReturnsUnlessTheUrlSaysOtherwise() {
        assertEquals(DatabaseSettings.EMBEDDED_DEFAULT_URL + ";WRITE_DELAY=0",
                DatabaseSettings.durableOnCommit(DatabaseSettings.EMBEDDED_DEFAULT_URL));
        assertEquals("jdbc:h2:file:/srv/cpib/db;write_delay=200", DatabaseSettings.durableOnCommit("jdbc:h2:file:/srv/cpib/db;write_delay=200"));
        for (String notAFile : new String[] {"jdbc:h2:mem:cpib-ui;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://db/cpib",
            "jdbc:mysql://db:3306/cpib?connectionTimeZone=UTC"}) {
            assertEquals(notAFile, DatabaseSettings.durableOnCommit(notAFile));
        }
    }

    @Test
    void h2AcceptsTheDurableUrlAndKeepsNoWriteDelay() throws SQLException {
        String url = DatabaseSettings.durableOnCommit("jdbc:h2:" + temp.resolve("cpib") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet delay = statement.executeQuery(
                     "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'WRITE_DELAY'")) {
            assertTrue(delay.next());
            assertEquals("0", delay.getString(1));
        }
    }
}
