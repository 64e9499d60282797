package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import scot.cpib.reporting.application.AgendaPackRenderer;
import scot.cpib.reporting.domain.AgendaPackRequest;
import scot.cpib.reporting.domain.PackPaper;
import scot.cpib.reporting.domain.PaperSource;
import scot.cpib.reporting.infrastructure.OfficeConversion;

/**
 * A Word paper in the pack: converted with LibreOffice where the machine has {@code soffice} (CI
 * installs it), otherwise a page naming the attachment. Each machine checks the branch it takes.
 */
class OfficePaperInPackTest {

    private static final String TEXT = "Partner feedback on the engagement strategy";

    @Test
    void aWordPaperIsConvertedWhereLibreOfficeIsInstalledAndNamedOtherwise() throws IOException {
        BoardPackFixture board = new BoardPackFixture();
        byte[] docx = wordFile();
        PackPaper paper = new PackPaper(board.engagementStrategy, "Partner feedback", false, 0,
                new PaperSource.OtherFile("feedback.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (long) docx.length,
                        () -> new ByteArrayInputStream(docx)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgendaPackRenderer().render(new AgendaPackRequest(board.sixteenth, null, List.of(), BoardPackFixture.ISSUED,
                List.of(paper), false, 1), out);
        try (PDDocument pack = Loader.loadPDF(out.toByteArray())) {
            String text = PdfInspection.flowText(pack);
            if (OfficeConversion.soffice().isPresent()) {
                int page = PdfInspection.firstPageWith(pack, TEXT);
                assertTrue(page > 0, "the converted paper's own text is in the pack: " + text);
                assertTrue(!text.contains("feedback.docx"), "no attachment page when it converts");
            } else {
                int page = PdfInspection.firstPageWith(pack, "feedback.docx");
                assertTrue(page > 0, "a page names the attachment: " + text);
                assertTrue(!text.contains(TEXT), "the file's text is not there without LibreOffice");
            }
            assertEquals(1, PdfInspection.bookmarks(pack).stream().filter(b -> b.title().equals("Partner feedback")).count());
        }
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
