package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import scot.cpib.reporting.infrastructure.TemporaryFiles;

class OfficeConversionTest {

    @Test
    void deletingASpooledPaperLeavesItsNeighboursAlone() throws IOException {
        Path dir = Files.createTempDirectory("documents-test");
        Path spooled = Files.createFile(dir.resolve("paper.pdf"));
        Path neighbour = Files.createFile(dir.resolve("other.txt"));
        TemporaryFiles.deleteQuietly(spooled);
        assertFalse(Files.exists(spooled));
        assertTrue(Files.exists(neighbour));
        Files.delete(neighbour);
        Files.delete(dir);
    }
}
