package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.api.ApiJson.body;
import static scot.cpib.api.ApiJson.error;
import static scot.cpib.api.ApiJson.list;
import static scot.cpib.api.ApiJson.number;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/** The work programme routes of the API against the demo data: programmes, workstreams, resources, progress report. */
class WorkProgrammeApiIT {

    private static final Json JSON = new Json();
    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(AppServer.get());
    }

    private static List<Map<String, Object>> array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), () -> response.uri() + " answered " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.toType(response.body(), Json.LIST_OF_MAPS_TYPE);
    }

    /** The id of a programme version, as the secretariat sees the list. */
    static long programmeId(int version) {
        return array(api.get("/api/v1/workprogrammes", "secretariat")).stream()
                .filter(p -> number(p, "versionNumber") == version).mapToLong(p -> number(p, "id")).findFirst().orElseThrow();
    }

    private static Map<String, Object> workstream(int version, int number) {
        Map<String, Object> programme = body(api.get("/api/v1/workprogrammes/" + programmeId(version), "secretariat"), 200);
        long id = list(programme, "workstreams").stream().filter(w -> number(w, "number") == number)
                .mapToLong(w -> number(w, "id")).findFirst().orElseThrow();
        return body(api.get("/api/v1/workstreams/" + id, "member"), 200);
    }

    /** The first update for the demo's period (other tests may add updates in periods of their own). */
    private static Map<String, Object> inDemoPeriod(List<Map<String, Object>> updates) {
        return updates.stream().filter(u -> "Year to November 2018".equals(u.get("period"))).findFirst().orElseThrow();
    }

    @Test
    void boardRolesSeeBothVersionsAndThePublicOnlyTheApprovedOne() {
        List<Map<String, Object>> all = array(api.get("/api/v1/workprogrammes", "member"));
        assertEquals(List.of(2L, 1L), all.stream().map(p -> number(p, "versionNumber")).toList());
        assertEquals("DRAFT", all.get(0).get("status"));
        assertEquals(16L, number(all.get(0), "presentedAtMeeting"));
        Map<String, Object> current = all.get(1);
        assertEquals("CURRENT", current.get("status"));
        assertEquals("OEPB Work Programme", current.get("title"));
        Map<String, Object> period = list(current, "reportingPeriods").get(list(current, "reportingPeriods").size() - 1);
        assertTrue(list(current, "reportingPeriods").stream().anyMatch(p -> "Year to November 2018".equals(p.get("title"))
                && "2018-11-28".equals(p.get("dueBy"))), String.valueOf(period));
        assertFalse(current.containsKey("workstreams"), "lists leave the workstreams out");

        List<Map<String, Object>> publicList = array(api.get("/api/v1/workprogrammes"));
        assertEquals(List.of(1L), publicList.stream().map(p -> number(p, "versionNumber")).toList());
        error(api.get("/api/v1/workprogrammes/" + programmeId(2)), 404);
    }

    @Test
    void revisedProgrammeListsItsEightWorkstreamsWithLeads() {
        Map<String, Object> revised = body(api.get("/api/v1/workprogrammes/" + programmeId(2), "lead"), 200);
        List<Map<String, Object>> workstreams = list(revised, "workstreams");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), workstreams.stream().map(w -> number(w, "number")).toList());
        assertEquals(List.of(), list(workstreams.get(3), "leads"), "workstream 4 has no lead yet");
        assertEquals("Mark McAteer", list(workstreams.get(2), "leads").get(0).get("label"));
    }

    @Test
    void workstreamHasActivitiesResourcesUpdatesAndLinkedActionsForBoardRolesOnly() {
        Map<String, Object> performance = workstream(1, 3);
        assertEquals("Performance Management", performance.get("title"));
        Map<String, Object> demoUpdate = inDemoPeriod(list(performance, "updates"));
        assertTrue(demoUpdate.get("achievements").toString().length() > 100, "Appendix 2 text");
        List<String> actions = list(performance, "actions").stream().map(a -> (String) a.get("reference")).toList();
        assertTrue(actions.containsAll(List.of("15/5/1", "15/5/2", "15/5/3")), actions.toString());

        Map<String, Object> publicView = body(api.get("/api/v1/workstreams/" + number(performance, "id")), 200);
        assertFalse(publicView.containsKey("actions"), "the public does not see actions");
        assertEquals("Performance Management", publicView.get("title"));

        Map<String, Object> evidence = workstream(1, 5);
        assertEquals("NO_UPDATE", inDemoPeriod(list(evidence, "updates")).get("rag"));

        Map<String, Object> revisedFirst = workstream(2, 1);
        assertTrue(list(revisedFirst, "activities").size() >= 4);
        assertEquals("1.3", list(revisedFirst, "activities").get(0).get("reference"));
        assertFalse(list(revisedFirst, "resources").isEmpty());
        error(api.get("/api/v1/workstreams/" + number(revisedFirst, "id")), 404);
        error(api.get("/api/v1/workstreams/987654321", "member"), 404);
    }

    @Test
    void resourcesAreSearchedByTextWorkstreamAndKind() {
        List<Map<String, Object>> all = array(api.get("/api/v1/resources"));
        assertTrue(all.size() >= 41, "Appendix 3: " + all.size());
        List<Map<String, Object>> kinharvie = array(api.get("/api/v1/resources?q=kinharvie"));
        assertEquals(1, kinharvie.size());
        assertEquals("Kinharvie Institute", kinharvie.get(0).get("title"));

        Map<String, Object> revisedFirst = workstream(2, 1);
        List<Map<String, Object>> linked = array(api.get("/api/v1/resources?workstream=" + number(revisedFirst, "id"), "member"));
        assertEquals(list(revisedFirst, "resources").size(), linked.size());

        List<Map<String, Object>> data = array(api.get("/api/v1/resources?kind=data"));
        assertFalse(data.isEmpty());
        assertTrue(data.stream().allMatch(r -> "DATA".equals(r.get("kind"))));
        assertEquals("kind", error(api.get("/api/v1/resources?kind=poster"), 400).get("parameter"));
        error(api.get("/api/v1/resources?workstream=" + number(revisedFirst, "id")), 404);
    }

    @Test
    void progressReportDownloadsAsPdfAndExcelWithTheWorkstreamsAndNoUpdateProvided() throws IOException {
        long current = programmeId(1);
        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/workprogrammes/" + current + "/progress-report.pdf", "member");
        assertEquals(200, pdf.statusCode(), () -> new String(pdf.body(), StandardCharsets.UTF_8));
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("-progress-report.pdf"));
        Path saved = Path.of("target", "documents", "demo-progress-report.pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Progress report: OEPB Work Programme, Year to November 2018"), text);
            assertTrue(text.indexOf("3 Performance Management Mark McAteer") > 0, text);
            assertTrue(text.indexOf("5 Evidence & Evaluation Gerry McLaughlin No update provided") > 0, text);
            assertTrue(text.contains("Develop engagement strategy"), "linked action of workstream 6");
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
        }
        HttpResponse<byte[]> xlsx = api.getBytes("/api/v1/workprogrammes/" + current + "/progress-report.xlsx", "lead");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = book.getSheet("Summary");
            DataFormatter f = new DataFormatter();
            assertEquals("Workstream", f.formatCellValue(summary.getRow(0).getCell(1)));
            assertEquals("No update provided", f.formatCellValue(summary.getRow(5).getCell(3)));
            assertEquals(7, summary.getLastRowNum());
        }
        assertEquals(401, api.getBytes("/api/v1/workprogrammes/" + current + "/progress-report.pdf", null).statusCode());
        error(api.get("/api/v1/workprogrammes/" + current + "/progress-report.pdf?period=987654321", "member"), 404);
    }

    @Test
    void progressReportOfTheRevisedDraftShowsItsEightWorkstreamsWithTheirPredecessorsStatus() throws IOException {
        long revised = programmeId(2);
        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/workprogrammes/" + revised + "/progress-report.pdf", "member");
        assertEquals(200, pdf.statusCode(), () -> new String(pdf.body(), StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Year to November 2018"), "the period of version 1 it continues: " + text);
            int first = text.indexOf("Strengthened leadership");
            int second = text.indexOf("Community participation");
            int third = text.indexOf("Effective decision making");
            int fourth = text.indexOf("Innovative approaches");
            assertTrue(first > 0 && first < second && second < third && third < fourth, "revised workstreams in order: " + text);
        }
        HttpResponse<byte[]> xlsx = api.getBytes("/api/v1/workprogrammes/" + revised + "/progress-report.xlsx", "member");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = book.getSheet("Summary");
            DataFormatter f = new DataFormatter();
            assertEquals(8, summary.getLastRowNum(), "a heading row and the eight revised workstreams");
            assertTrue(f.formatCellValue(summary.getRow(1).getCell(1)).startsWith("Strengthened leadership"));
            assertEquals("No update provided", f.formatCellValue(summary.getRow(1).getCell(3)),
                    "workstream 1 continues old workstream 5, recorded as No update provided");
            assertEquals("Not rated", f.formatCellValue(summary.getRow(2).getCell(3)));
        }
    }

    @Test
    void openApiDocumentDescribesTheWorkProgrammeRoutesAndTheirParameters() {
        HttpResponse<String> response = api.get("/openapi");
        assertEquals(200, response.statusCode());
        String document = response.body();
        for (String expected : List.of("/api/v1/workprogrammes:", "/api/v1/workprogrammes/{id}:", "/api/v1/workstreams/{id}:",
                "/api/v1/resources:", "/api/v1/workprogrammes/{id}/progress-report.pdf:",
                "/api/v1/workprogrammes/{id}/progress-report.xlsx:", "WorkProgramme", "Workstream", "ProgressUpdate")) {
            assertTrue(document.contains(expected), expected + " missing from\n" + document);
        }
        for (String parameter : List.of("workstream", "kind", "period")) {
            assertTrue(document.contains("name: " + parameter + "\n"), "parameter " + parameter + " missing");
        }
    }
}
