package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.reporting.PdfInspection.Bookmark;
import scot.cpib.reporting.application.AgendaPackRenderer;
import scot.cpib.reporting.domain.AgendaPackRequest;
import scot.cpib.reporting.domain.PackPaper;
import scot.cpib.reporting.domain.PaperSource;

class AgendaPackEdgeCasesTest {

    @Test
    void aPaperFromAnotherMeetingsAgendaIsRefused() {
        BoardPackFixture board = new BoardPackFixture();
        AgendaItem oldItem = board.fifteenth.getAgenda().get(2);
        PackPaper stray = new PackPaper(oldItem, "Old paper", false, 0, new PaperSource.Written("<p>old</p>"));
        assertThrows(IllegalArgumentException.class, () -> new AgendaPackRequest(board.sixteenth, null, List.of(),
                BoardPackFixture.ISSUED, List.of(stray), true, 1));
    }

    @Test
    void subItemsAreBookmarkedBeneathTheirItemAndAnUnreadableUploadIsNamed() throws IOException {
        BoardPackFixture board = new BoardPackFixture();
        AgendaItem budget = board.sixteenth.addSubItem(board.engagementStrategy, "Engagement budget");
        byte[] sheets = SamplePdfs.textPdf("Budget sheet", 2);
        List<PackPaper> papers = List.of(
                new PackPaper(budget, "Budget", false, 0, new PaperSource.UploadedPdf("budget.pdf", () -> new ByteArrayInputStream(sheets))),
                new PackPaper(board.actionLearning, "Scanned report", false, 0, new PaperSource.UploadedPdf("scan.pdf",
                        () -> new ByteArrayInputStream("not a pdf at all".getBytes(StandardCharsets.UTF_8)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgendaPackRenderer().render(new AgendaPackRequest(board.sixteenth, null, List.of(), BoardPackFixture.ISSUED,
                papers, false, 1), out);
        try (PDDocument pack = Loader.loadPDF(out.toByteArray())) {
            int budgetPage = PdfInspection.firstPageWith(pack, "Budget sheet - sheet 1");
            List<Bookmark> marks = PdfInspection.bookmarks(pack);
            int strategy = marks.indexOf(new Bookmark(0, "4. CPIB Engagement Strategy", budgetPage));
            assertTrue(strategy > 0, marks.toString());
            assertEquals(new Bookmark(1, "i) Engagement budget", budgetPage), marks.get(strategy + 1));
            assertEquals(new Bookmark(2, "Budget", budgetPage), marks.get(strategy + 2));
            int scan = PdfInspection.firstPageWith(pack, "could not be read");
            assertTrue(PdfInspection.pageText(pack, scan).contains("scan.pdf"));
            assertTrue(PdfInspection.pageText(pack, 2).contains("Matters arising"), "no previous minute: matters arising still listed");
        }
    }

    @Test
    void anUploadedPdfsOpeningScriptDoesNotBecomeThePacksOpeningAction() throws IOException {
        BoardPackFixture board = new BoardPackFixture();
        byte[] hostile = HostilePdfs.withActiveContent("Hostile budget");
        List<PackPaper> papers = List.of(new PackPaper(board.engagementStrategy, "Budget", false, 0,
                new PaperSource.UploadedPdf("budget.pdf", () -> new ByteArrayInputStream(hostile))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgendaPackRenderer().render(new AgendaPackRequest(board.sixteenth, null, List.of(), BoardPackFixture.ISSUED,
                papers, false, 1), out);
        try (PDDocument pack = Loader.loadPDF(out.toByteArray())) {
            assertTrue(PdfInspection.firstPageWith(pack, "Hostile budget - sheet 1") > 0);
            assertEquals(List.of(), scot.cpib.reporting.paper.PdfCleaner.hazards(pack));
            assertEquals(null, pack.getDocumentCatalog().getOpenAction());
            assertTrue(!new String(out.toByteArray(), StandardCharsets.ISO_8859_1).contains("app.alert"));
        }
    }
}
