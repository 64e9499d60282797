package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.reporting.PdfInspection.allText;
import static scot.cpib.reporting.PdfInspection.firstPageWith;
import static scot.cpib.reporting.PdfInspection.pageText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cpib.reporting.PdfInspection.Bookmark;
import scot.cpib.reporting.application.AgendaPackRenderer;
import scot.cpib.reporting.domain.AgendaPackRequest;
import scot.cpib.reporting.domain.PackPaper;
import scot.cpib.reporting.domain.PaperSource;

class AgendaPackRendererTest {

    private static final BoardPackFixture board = new BoardPackFixture();
    private static byte[] clearedV1;
    private static byte[] unclearedV1;
    private static byte[] clearedV2;

    @BeforeAll
    static void renderPacks() throws IOException {
        clearedV1 = render(papers(), true, 1);
        unclearedV1 = render(papers(), false, 1);
        List<PackPaper> withLate = new ArrayList<>(papers());
        withLate.add(new PackPaper(board.workProgramme, "Late budget note", false, 1, upload("late.pdf", "Late budget note body", 2)));
        clearedV2 = render(withLate, true, 2);
    }

    private static List<PackPaper> papers() {
        List<PackPaper> papers = new ArrayList<>();
        papers.add(new PackPaper(board.workProgramme, "Work programme paper", false, 0,
                upload("workprogramme.pdf", "Work programme annex", 3)));
        papers.add(new PackPaper(board.engagementStrategy, "Engagement strategy", false, 0,
                new PaperSource.Written("<p>This paper presents a draft <b>Engagement Strategy</b> &ndash; for approval.</p>")));
        papers.add(new PackPaper(board.engagementStrategy, "Engagement plan spreadsheet", false, 0,
                new PaperSource.OtherFile("plan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 20480L,
                        () -> new ByteArrayInputStream(new byte[] {1, 2, 3}))));
        papers.add(new PackPaper(board.actionLearning, "Personnel matters", true, 0,
                upload("personnel.pdf", "Secret staffing note", 2)));
        papers.add(new PackPaper(board.actionLearning, "Action learning report", false, 0,
                upload("report.pdf", "Action learning report body", 4)));
        return papers;
    }

    private static PaperSource upload(String name, String title, int pages) {
        byte[] pdf = SamplePdfs.textPdf(title, pages);
        return new PaperSource.UploadedPdf(name, () -> new ByteArrayInputStream(pdf));
    }

    private static byte[] render(List<PackPaper> papers, boolean cleared, int version) throws IOException {
        AgendaPackRequest request = new AgendaPackRequest(board.sixteenth, board.previousMinute(), board.actions,
                BoardPackFixture.ISSUED, papers, cleared, version);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgendaPackRenderer().render(request, out);
        Path saved = Path.of("target", "documents", "pack-" + (cleared ? "cleared" : "uncleared") + "-v" + version + ".pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, out.toByteArray());
        return out.toByteArray();
    }

    private static PDDocument pack(boolean cleared, int version) throws IOException {
        return Loader.loadPDF(version == 2 ? clearedV2 : cleared ? clearedV1 : unclearedV1);
    }

    @Test
    void coverStatesTheMeetingDateTimeAndVenue() throws IOException {
        try (PDDocument pack = pack(true, 1)) {
            String cover = pageText(pack, 1).replaceAll("\\s+", " ");
            assertTrue(cover.contains("Community Planning Improvement Board"), cover);
            assertTrue(cover.contains("16th meeting"), cover);
            assertTrue(cover.contains("28 February 2019"), cover);
            assertTrue(cover.contains("2pm \u2013 4pm"), cover);
            assertTrue(cover.contains("Apex House"), cover);
            assertTrue(cover.contains("EH12 5HD"), cover);
            assertTrue(cover.contains("Pack version 1, issued 21 February 2019."), cover);
        }
    }

    @Test
    void draftPreviewSaysSoOnItsCoverAndFootersAndNeverCallsItselfAVersion() throws IOException {
        List<PackPaper> written = List.of(new PackPaper(board.engagementStrategy, "Engagement strategy", false, 0,
                new PaperSource.Written("<p>A draft strategy.</p>")));
        try (PDDocument draft = Loader.loadPDF(render(written, true, AgendaPackRequest.DRAFT))) {
            String cover = pageText(draft, 1).replaceAll("\\s+", " ");
            assertTrue(cover.contains("Draft preview of 21 February 2019: not an issued version."), cover);
            assertFalse(cover.contains("Pack version"), cover);
            assertTrue(pageText(draft, 2).contains("draft preview, not issued"), pageText(draft, 2));
        }
    }

    @Test
    void agendaListsItemsInOrderWithThePageWhereTheirPapersStart() throws IOException {
        try (PDDocument pack = pack(true, 1)) {
            String agenda = pageText(pack, 2);
            String[] titles = {"Welcome and Introduction", "Minute & Matters Arising", "CPIB Work Programme",
                "CPIB Engagement Strategy", "Community Participation Action Learning", "AOB"};
            int previous = -1;
            for (String title : titles) {
                int at = agenda.indexOf(title);
                assertTrue(at > previous, title + " out of order in\n" + agenda);
                previous = at;
            }
            assertEquals(firstPageWith(pack, "DRAFT \u2014 not yet approved"), agendaPage(agenda, "Minute & Matters Arising"));
            assertEquals(firstPageWith(pack, "Work programme annex - sheet 1"), agendaPage(agenda, "CPIB Work Programme"));
            assertEquals(firstPageWith(pack, "This paper presents a draft Engagement Strategy"), agendaPage(agenda, "CPIB Engagement Strategy"));
            assertEquals(firstPageWith(pack, "Secret staffing note - sheet 1"), agendaPage(agenda, "Community Participation Action Learning"));
        }
    }

    private static String withoutFooter(String page) {
        return page.replaceAll("Page \\d+ of \\d+", "").replaceAll("pack version \\d+", "");
    }

    private static int agendaPage(String agenda, String title) {
        Matcher matcher = Pattern.compile(Pattern.quote(title) + ".*?(\\d+)\\s*$", Pattern.MULTILINE).matcher(agenda);
        assertTrue(matcher.find(), "no page for " + title + " in\n" + agenda);
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void previousMinuteIsMarkedDraftAndMattersArisingListsOpenActionsWithOwners() throws IOException {
        try (PDDocument pack = pack(true, 1)) {
            String text = PdfInspection.flowText(pack);
            int minute = text.indexOf("DRAFT \u2014 not yet approved");
            int attendees = text.indexOf("Steve Grimmond (chair), SOLACE; ");
            int mattersArising = text.indexOf("Matters arising for the CPIB 16th meeting");
            int workProgramme = text.indexOf("Work programme annex - sheet 1");
            assertTrue(minute > 0 && attendees > minute && mattersArising > attendees && workProgramme > mattersArising, text);
            String matters = text.substring(mattersArising, workProgramme);
            assertTrue(matters.contains("15/4i/1"), matters);
            assertTrue(matters.contains("Plan embedded in the draft work programme"), matters);
            assertTrue(matters.matches("(?s).*CPIB members ?/Steve Grimmond.*"), matters);
            assertTrue(matters.contains("15/4iii/1"), matters);
            assertFalse(matters.contains("15/4ii/1"), "a completed action is not a matter arising");
        }
    }

    @Test
    void papersFollowInAgendaOrderAndAnUnreadableOfficeFileIsNamed() throws IOException {
        try (PDDocument pack = pack(true, 1)) {
            int annex = firstPageWith(pack, "Work programme annex - sheet 3");
            int strategy = firstPageWith(pack, "This paper presents a draft Engagement Strategy");
            int spreadsheet = PdfInspection.bookmarks(pack).stream()
                    .filter(b -> b.title().equals("Engagement plan spreadsheet")).findFirst().orElseThrow().page();
            int personnel = firstPageWith(pack, "Secret staffing note - sheet 1");
            int report = firstPageWith(pack, "Action learning report body - sheet 4");
            assertTrue(annex < strategy && strategy < spreadsheet && spreadsheet < personnel && personnel < report);
            assertTrue(pageText(pack, spreadsheet).contains("plan.xlsx"));
            assertTrue(pageText(pack, spreadsheet).contains("could not be read"));
        }
    }

    @Test
    void confidentialPaperIsLeftOutOfAnUnclearedReadersPack() throws IOException {
        try (PDDocument cleared = pack(true, 1); PDDocument uncleared = pack(false, 1)) {
            String text = allText(uncleared);
            assertFalse(text.contains("Secret staffing note"));
            assertFalse(text.contains("Personnel matters"));
            assertTrue(text.contains("Confidential papers are not included in this copy of the pack."));
            assertEquals(cleared.getNumberOfPages() - 2, uncleared.getNumberOfPages());
        }
    }

    @Test
    void everyPageCarriesPageXOfYIncludingMergedUploads() throws IOException {
        try (PDDocument pack = pack(true, 1)) {
            int total = pack.getNumberOfPages();
            for (int page = 1; page <= total; page++) {
                assertTrue(pageText(pack, page).contains("Page " + page + " of " + total), "page " + page);
            }
            int merged = firstPageWith(pack, "Work programme annex - sheet 2");
            assertTrue(pageText(pack, merged).contains("Page " + merged + " of " + total));
        }
    }

    @Test
    void bookmarksPointAtEachItemAndItsPapers() throws IOException {
        try (PDDocument pack = pack(true, 1)) {
            List<Bookmark> marks = PdfInspection.bookmarks(pack);
            assertEquals(new Bookmark(0, "Cover", 1), marks.get(0));
            assertEquals(new Bookmark(0, "Agenda", 2), marks.get(1));
            assertEquals(new Bookmark(0, "1. Welcome and Introduction", 2), marks.get(2));
            int minute = firstPageWith(pack, "DRAFT \u2014 not yet approved");
            assertEquals(new Bookmark(0, "2. Minute & Matters Arising", minute), marks.get(3));
            assertEquals(new Bookmark(1, "Minute of the 15th meeting (draft)", minute), marks.get(4));
            assertEquals(new Bookmark(1, "Matters arising", firstPageWith(pack, "Matters arising for the CPIB 16th meeting")), marks.get(5));
            assertTrue(marks.contains(new Bookmark(1, "Action learning report", firstPageWith(pack, "Action learning report body - sheet 1"))));
        }
    }

    @Test
    void packIsTaggedWithTitleAndLanguage() throws IOException {
        try (PDDocument pack = pack(true, 1)) {
            PDStructureTreeRoot tree = pack.getDocumentCatalog().getStructureTreeRoot();
            assertNotNull(tree, "structure tree");
            assertFalse(tree.getKids().isEmpty());
            assertEquals("en-GB", pack.getDocumentCatalog().getLanguage());
            assertTrue(pack.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals("Agenda pack: CPIB 16th meeting, 28 February 2019", pack.getDocumentInformation().getTitle());
            assertTrue(pack.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
    }

    @Test
    void latePaperBecomesASupplementWithoutMovingEarlierPages() throws IOException {
        try (PDDocument first = pack(true, 1); PDDocument second = pack(true, 2)) {
            assertEquals(first.getNumberOfPages() + 3, second.getNumberOfPages());
            for (int page = 2; page <= first.getNumberOfPages(); page++) {
                assertEquals(withoutFooter(pageText(first, page)), withoutFooter(pageText(second, page)), "page " + page);
            }
            int supplement = first.getNumberOfPages() + 1;
            assertTrue(pageText(second, supplement).contains("Supplement 1"));
            assertTrue(pageText(second, supplement + 1).contains("Late budget note body - sheet 1"));
            assertTrue(pageText(second, 1).contains("Pack version 2, issued 21 February 2019, with supplement 1."));
            assertTrue(PdfInspection.bookmarks(second).contains(new Bookmark(0, "Supplement 1", supplement)));
        }
    }
}
