package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.workprogramme.application.ProgressReportRenderer;
import scot.cpib.workprogramme.application.ProgressReportWorkbook;
import scot.cpib.workprogramme.domain.ProgressReport;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Rag;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.UpdateContent;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * The progress report read back: the PDF's text in order (summary, then each workstream's update,
 * activities, actions and RAG history), its tags, and the workbook's sheets and rows.
 */
class ProgressReportTest {

    private static final LocalDate AS_AT = LocalDate.of(2019, 3, 15);
    private static final LocalDateTime GIVEN = LocalDateTime.of(2019, 2, 21, 9, 0);

    private final BoardPackFixture board = new BoardPackFixture();
    private final WorkProgramme programme = new WorkProgramme(board.board, 1, "OEPB Work Programme", null);
    private final Workstream data = programme.addWorkstream(1, "Data/Analysis/Profiles", "Better use of data.");
    private final Workstream capacity = programme.addWorkstream(4, "CP Support and Capacity Building", null);
    private final Workstream evidence = programme.addWorkstream(5, "Evidence & Evaluation", null);
    private final ReportingPeriod year;
    private final ReportingPeriod quarter;

    ProgressReportTest() {
        data.assignLeads(List.of(OwnerRef.of(board.sarah)));
        data.addActivity(1, "Publish the local outcomes profiles", List.of(OwnerRef.of(board.improvementService)),
                PartialDate.onDay(LocalDate.of(2019, 1, 31)));
        evidence.assignLeads(List.of(OwnerRef.of(board.fraser)));
        programme.approve(null, LocalDate.of(2018, 1, 1));
        year = new ReportingPeriod(programme, "Year to November 2018", LocalDate.of(2017, 11, 29), LocalDate.of(2018, 11, 28), null);
        quarter = new ReportingPeriod(programme, "Quarter to February 2019", LocalDate.of(2018, 11, 29), LocalDate.of(2019, 2, 28), null);
        ProgressUpdate.submit(data, year, new UpdateContent(Rag.GREEN, null, "Profiles launched", null, null, null),
                "Sarah Gadsden", GIVEN.minusMonths(3));
        ProgressUpdate.submit(data, quarter, new UpdateContent(Rag.AMBER, "Data sharing agreement delayed",
                "Portal had 2000 visits", "Partners use the profiles", "Agreement may slip", "Sign the agreement"),
                "Sarah Gadsden", GIVEN);
        ProgressUpdate.submit(capacity, quarter, new UpdateContent(Rag.RED, "No funding", "Little", null, null, null),
                "Board secretariat", GIVEN);
        ProgressUpdate.noUpdateProvided(evidence, year, "Board secretariat", GIVEN.minusMonths(3));
        board.actions.get(0).linkTo(data, null);
        board.actions.get(1).linkTo(data, null);
        board.actions.get(3).linkTo(data, null);
    }

    private ProgressReport report() {
        List<AgreedAction> linked = new ArrayList<>(board.actions.subList(0, 2));
        linked.add(board.actions.get(3));
        return new ProgressReport(programme, quarter, List.of(year, quarter), List.of(
                new ProgressReport.Strand(data, linked), new ProgressReport.Strand(capacity, List.of()),
                new ProgressReport.Strand(evidence, List.of())), AS_AT);
    }

    private byte[] pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProgressReportRenderer().pdf(report(), out);
        return save("progress-report.pdf", out.toByteArray());
    }

    private static byte[] save(String name, byte[] bytes) throws IOException {
        Path path = Path.of("target", "documents", name);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
        return bytes;
    }

    private static void assertInOrder(String text, String... words) {
        int at = -1;
        for (String w : words) {
            int next = text.indexOf(w, at + 1);
            assertTrue(next > at, "\"" + w + "\" after position " + at + " in: " + text);
            at = next;
        }
    }

    @Test
    void pdfGivesTheSummaryThenEachWorkstreamWithItsUpdateActivitiesActionsAndHistory() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf())) {
            String text = PdfInspection.flowText(pdf);
            assertInOrder(text, "Progress report: OEPB Work Programme, Quarter to February 2019",
                    "updates due by 28 February 2019", "Summary",
                    "1 Data/Analysis/Profiles Sarah Gadsden Amber 21 February 2019 0 2",
                    "4 CP Support and Capacity Building Lead to be agreed Red",
                    "5 Evidence & Evaluation Fraser McKinlay No update provided",
                    "1. Data/Analysis/Profiles", "Status: Amber \u2013 Data sharing agreement delayed",
                    "Achievements", "Portal had 2000 visits", "What difference this has made", "Partners use the profiles",
                    "Risks and issues", "Agreement may slip", "Next steps", "Sign the agreement",
                    "Activities", "1.1 Publish the local outcomes profiles", "Planned (overdue)",
                    "Overdue actions", "Embed improvement plan", "Develop engagement strategy",
                    "Complete and closed actions", "Update and share endorsed name change", "Complete",
                    "Status over time", "Year to November 2018", "Green", "Quarter to February 2019", "Amber",
                    "4. CP Support and Capacity Building", "Status: Red \u2013 No funding",
                    "5. Evidence & Evaluation", "No update provided",
                    "No activities are recorded", "No agreed actions are linked",
                    "Year to November 2018 No update provided", "Quarter to February 2019 No update provided");
        }
    }

    @Test
    void pdfIsTaggedWithTitleLanguageAndPageXOfY() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf())) {
            assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot());
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            assertEquals("Progress report: OEPB Work Programme, Quarter to February 2019", pdf.getDocumentInformation().getTitle());
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 4, "summary and a page per workstream: " + pages);
            assertTrue(PdfInspection.pageText(pdf, pages).contains("Page " + pages + " of " + pages));
            List<PdfInspection.Bookmark> marks = PdfInspection.bookmarks(pdf);
            assertEquals(List.of("Summary", "1. Data/Analysis/Profiles", "4. CP Support and Capacity Building", "5. Evidence & Evaluation"),
                    marks.stream().map(PdfInspection.Bookmark::title).toList());
            assertEquals(1, marks.get(0).page());
            assertEquals(PdfInspection.firstPageWith(pdf, "Status: Red"), marks.get(2).page(), "workstream 4 starts on its page");
        }
    }

    @Test
    void workbookHasTheSameFactsSheetBySheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProgressReportWorkbook().xlsx(report(), out);
        save("progress-report.xlsx", out.toByteArray());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(List.of("Summary", "Updates", "Activities", "Actions", "RAG history"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3), book.getSheetName(4)));
            assertEquals(ProgressReportWorkbook.SUMMARY, row(book.getSheet("Summary"), 0));
            assertEquals(List.of("1", "Data/Analysis/Profiles", "Sarah Gadsden", "Amber", "21 February 2019", "0", "2"),
                    row(book.getSheet("Summary"), 1));
            assertEquals("No update provided", row(book.getSheet("Summary"), 3).get(3));
            assertEquals(List.of("5", "Evidence & Evaluation", "No update provided"), row(book.getSheet("Updates"), 3).subList(0, 3));
            assertEquals("Sign the agreement", row(book.getSheet("Updates"), 1).get(7));
            assertEquals("Planned (overdue)", row(book.getSheet("Activities"), 1).get(5));
            assertEquals(List.of("15/4i/1", "15/4iii/1", "15/4ii/1"), List.of(row(book.getSheet("Actions"), 1).get(1),
                    row(book.getSheet("Actions"), 2).get(1), row(book.getSheet("Actions"), 3).get(1)));
            assertEquals(List.of("No.", "Workstream", "Year to November 2018", "Quarter to February 2019"), row(book.getSheet("RAG history"), 0));
            assertEquals(List.of("1", "Data/Analysis/Profiles", "Green", "Amber"), row(book.getSheet("RAG history"), 1));
            assertEquals(List.of("5", "Evidence & Evaluation", "No update provided", "No update provided"), row(book.getSheet("RAG history"), 3));
            assertEquals(1, book.getSheet("Summary").getPaneInformation().getHorizontalSplitPosition());
        }
    }

    private static List<String> row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        DataFormatter f = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            values.add(f.formatCellValue(row.getCell(c)));
        }
        return values;
    }
}
