package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.reporting.domain.MinuteText;
import scot.cpib.reporting.domain.MinuteText.Bullets;
import scot.cpib.reporting.domain.MinuteText.Paragraph;
import scot.cpib.reporting.infrastructure.TemporaryFiles;

class MinuteTextTest {

    @Test
    void blankLinesSeparateParagraphsAndDashLinesBecomeBullets() {
        String narrative = "The board considered the overview\nand agreed the next steps:\n"
                + "- Clarifying the purpose\n- Linking to the communications strategy\n\nIt was agreed to proceed.";
        assertEquals(List.of(new Paragraph("The board considered the overview and agreed the next steps:"),
                new Bullets(List.of("Clarifying the purpose", "Linking to the communications strategy")),
                new Paragraph("It was agreed to proceed.")), MinuteText.blocks(narrative));
    }

    @Test
    void emptyNarrativeHasNoBlocks() {
        assertTrue(MinuteText.blocks(null).isEmpty());
        assertTrue(MinuteText.blocks("  \n ").isEmpty());
    }

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
