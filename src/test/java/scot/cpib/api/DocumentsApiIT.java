package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.api.ApiJson.body;
import static scot.cpib.api.ApiJson.number;
import static scot.cpib.api.MeetingsApiIT.meetingId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/** The document downloads of the API against the demo data of the February 2019 pack. */
class DocumentsApiIT {

    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(AppServer.get());
    }

    private static byte[] file(String path, String user, String contentType, String fileName) {
        HttpResponse<byte[]> response = api.getBytes(path, user);
        assertEquals(200, response.statusCode(), () -> path + ": " + new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType),
                () -> path + " " + response.headers().map());
        assertEquals("attachment; filename=\"" + fileName + "\"",
                response.headers().firstValue("Content-Disposition").orElse(""));
        return response.body();
    }

    private static String pdfText(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void fifteenthMinutePdfHasAttendeesAndAgreedActions() throws IOException {
        long id = meetingId(api, 15);
        byte[] bytes = file("/api/v1/meetings/" + id + "/minute.pdf", "member", "application/pdf",
                "cpib-15th-meeting-minute.pdf");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = pdfText(pdf);
            assertTrue(text.contains("Attendees: Steve Grimmond (chair), SOLACE"), text);
            int action = text.indexOf("Develop engagement strategy");
            assertTrue(action > 0, text);
            String row = text.substring(action, Math.min(text.length(), action + 200));
            assertTrue(row.contains("IS") && row.contains("February 2019"), row);
        }
    }

    @Test
    void fifteenthMinuteWordDocumentHasTheActionsTable() throws IOException {
        long id = meetingId(api, 15);
        byte[] bytes = file("/api/v1/meetings/" + id + "/minute.docx", "member", "application/vnd.openxmlformats",
                "cpib-15th-meeting-minute.docx");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> rows = docx.getTables().stream().map(XWPFTable::getRows).flatMap(List::stream)
                    .map(r -> String.join(" | ", r.getTableCells().stream().map(c -> c.getText()).toList())).toList();
            assertTrue(rows.stream().anyMatch(r -> r.contains("Develop engagement strategy") && r.contains("IS")
                    && r.contains("February 2019")), rows.toString());
        }
    }

    @Test
    void sixteenthPackForTheSecretariatHasCoverAgendaMattersArisingAndBookmarks() throws IOException {
        long id = meetingId(api, 16);
        byte[] bytes = file("/api/v1/meetings/" + id + "/pack.pdf", "secretariat", "application/pdf",
                "cpib-16th-meeting-agenda-pack.pdf");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() > 1);
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            String cover = firstPage.getText(pdf).replaceAll("\\s+", " ");
            for (String fact : List.of("16th meeting", "28 February 2019", "Apex House", "EH12 5HD")) {
                assertTrue(cover.contains(fact), fact + " not on the cover: " + cover);
            }
            String text = pdfText(pdf);
            int at = 0;
            for (String title : List.of("Welcome and Introduction", "Minute & Matters Arising",
                    "CPIB Work Programme – revised to reflect updated purpose", "CPIB Engagement Strategy",
                    "Community Participation Action Learning – Key Recommendations", "AOB",
                    "Future Items & Date of Next Meeting", "Close")) {
                int found = text.indexOf(title, at);
                assertTrue(found >= 0, title + " not after position " + at + ": " + text);
                at = found + title.length();
            }
            int matters = text.lastIndexOf("15/4iii/1");
            assertTrue(matters > 0, text);
            assertTrue(text.substring(matters, Math.min(text.length(), matters + 300)).contains("IS"), text);
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertTrue(bookmarks.size() >= 10, bookmarks.toString());
            assertTrue(bookmarks.stream().anyMatch(b -> b.contains("CPIB Engagement Strategy")), bookmarks.toString());
        }
    }

    @Test
    void anonymousCallersGetNoPackAndNoUnpublishedMinute() {
        long id = meetingId(api, 16);
        assertEquals(401, api.getBytes("/api/v1/meetings/" + id + "/pack.pdf", null).statusCode());
        assertEquals(401, api.getBytes("/api/v1/meetings/" + id + "/matters-arising.pdf", null).statusCode());
        assertEquals(404, api.getBytes("/api/v1/meetings/" + id + "/minute.pdf", null).statusCode());
        assertEquals(404, api.getBytes("/api/v1/meetings/" + id + ".ics", null).statusCode());
        assertEquals(401, api.getBytes("/api/v1/actions.csv", null).statusCode());
    }

    @Test
    void sixteenthMattersArisingPaperListsOutstandingActions() throws IOException {
        long id = meetingId(api, 16);
        byte[] bytes = file("/api/v1/meetings/" + id + "/matters-arising.pdf", "member", "application/pdf",
                "cpib-16th-meeting-matters-arising.pdf");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdfText(pdf).contains("15/4iii/1"));
        }
    }

    @Test
    void overdueExcelLogHasAsManyRowsAsTheJsonTotal() throws IOException {
        Map<String, Object> page = body(api.get("/api/v1/actions?overdue=true", "member"), 200);
        long total = number(page, "total");
        assertTrue(total > 0, page.toString());
        byte[] bytes = file("/api/v1/actions.xlsx?overdue=true", "member",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "cpib-actions-" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(total, workbook.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void fifteenthMeetingCsvHasSixteenRowsAndAByteOrderMark() {
        HttpResponse<byte[]> response = api.getBytes("/api/v1/actions.csv?meeting=15", "member");
        assertEquals(200, response.statusCode());
        byte[] bytes = response.body();
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertTrue(lines[0].startsWith("Reference,Action"), lines[0]);
        assertEquals(16, Arrays.stream(lines).skip(1).filter(l -> l.startsWith("15/")).count(), String.join("\n", lines));
        assertEquals(400, api.getBytes("/api/v1/actions.csv?meeting=fifteen", "member").statusCode());
    }

    @Test
    void calendarFeedAndMeetingEntryParse() throws IOException, ParserException {
        HttpResponse<byte[]> feed = api.getBytes("/api/v1/calendar.ics", "member");
        assertEquals(200, feed.statusCode());
        String ics = new String(feed.body(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("SUMMARY:CPIB 15th meeting"), ics);
        assertTrue(ics.contains("SUMMARY:CPIB 16th meeting"), ics);

        String publicFeed = new String(api.getBytes("/api/v1/calendar.ics", null).body(), StandardCharsets.UTF_8);
        assertFalse(publicFeed.contains("SUMMARY:CPIB 16th meeting"), publicFeed);

        long id = meetingId(api, 16);
        byte[] entry = file("/api/v1/meetings/" + id + ".ics", "member", "text/calendar", "cpib-16th-meeting.ics");
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(entry, StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        assertEquals("CPIB 16th meeting", events.get(0).getSummary().getValue());
    }
}
