package scot.cpib.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
}
