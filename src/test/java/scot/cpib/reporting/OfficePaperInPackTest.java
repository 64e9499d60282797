package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import scot.cpib.reporting.application.AgendaPackRenderer;
import scot.cpib.reporting.domain.AgendaPackRequest;
import scot.cpib.reporting.domain.PackPaper;
import scot.cpib.reporting.domain.PaperSource;

/**
 * Word and text papers in the pack: their own text is printed on every machine (through LibreOffice
 * where installed, the pure-Java route where not), and a stored rendition is merged without
 * converting the file again.
 */
class OfficePaperInPackTest {

    private static final String TEXT = "Partner feedback on the engagement strategy";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void aWordAndATextPaperPrintTheirOwnTextInThePackOnEveryMachine() throws IOException {
        BoardPackFixture board = new BoardPackFixture();
        byte[] docx = wordFile();
        byte[] txt = "Budget note\n\nThe board is asked to note the spend to date.".getBytes(StandardCharsets.UTF_8);
        List<PackPaper> papers = List.of(
                new PackPaper(board.engagementStrategy, "Partner feedback", false, 0,
                        new PaperSource.OtherFile("feedback.docx", DOCX, (long) docx.length, () -> new ByteArrayInputStream(docx))),
                new PackPaper(board.actionLearning, "Budget note", false, 0,
                        new PaperSource.OtherFile("budget.txt", "text/plain", (long) txt.length, () -> new ByteArrayInputStream(txt))));
        try (PDDocument pack = Loader.loadPDF(render(board, papers))) {
            String text = PdfInspection.flowText(pack);
            int feedback = PdfInspection.firstPageWith(pack, TEXT);
            assertTrue(feedback > 0, "the Word paper's own text is in the pack: " + text);
            assertTrue(PdfInspection.firstPageWith(pack, "note the spend to date") > feedback, "the text paper follows: " + text);
            assertFalse(text.contains("cannot be shown") || text.contains("could not be read"), "no placeholder page");
            assertEquals(1, PdfInspection.bookmarks(pack).stream().filter(b -> b.title().equals("Partner feedback")).count());
        }
    }

    @Test
    void aStoredRenditionIsMergedWithoutConvertingTheFileAgain() throws IOException {
        BoardPackFixture board = new BoardPackFixture();
        byte[] rendition = SamplePdfs.textPdf("Rendition printed at upload", 2);
        PackPaper paper = new PackPaper(board.engagementStrategy, "Partner feedback", false, 0,
                new PaperSource.OtherFile("feedback.docx", DOCX, 100L,
                        () -> {
                            throw new AssertionError("the Word file is not read again when issuing");
                        },
                        () -> new ByteArrayInputStream(rendition)));
        try (PDDocument pack = Loader.loadPDF(render(board, List.of(paper)))) {
            assertTrue(PdfInspection.firstPageWith(pack, "Rendition printed at upload - sheet 2") > 0);
        }
    }

    private static byte[] render(BoardPackFixture board, List<PackPaper> papers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgendaPackRenderer().render(new AgendaPackRequest(board.sixteenth, null, List.of(), BoardPackFixture.ISSUED,
                papers, false, 1), out);
        return out.toByteArray();
    }

    private static byte[] wordFile() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(TEXT);
            document.createParagraph().createRun().setText("Chief officers asked for fewer, clearer messages.");
            document.write(out);
            return out.toByteArray();
        }
    }
}
