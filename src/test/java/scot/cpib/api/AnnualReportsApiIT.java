package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.api.ApiJson.body;
import static scot.cpib.api.ApiJson.error;
import static scot.cpib.api.ApiJson.list;
import static scot.cpib.api.ApiJson.map;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/**
 * GET /api/v1/annual-reports and /{id}: the demo report for the year to February 2019 in review, with each
 * member's decision and the open comment, for board members; nothing of it for the public.
 */
class AnnualReportsApiIT {

    private static final String DEMO = "CPIB annual report: year to February 2019";

    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(AppServer.get());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reports(String user) {
        HttpResponse<String> response = user == null ? api.get("/api/v1/annual-reports") : api.get("/api/v1/annual-reports", user);
        assertEquals(200, response.statusCode(), response.body());
        return (List<Map<String, Object>>) (List<?>) new Json().toType(response.body(), List.class);
    }

    private static long demoId() {
        return reports("member").stream().filter(r -> DEMO.equals(r.get("title"))).findFirst()
                .map(r -> ((Number) r.get("id")).longValue()).orElseThrow(() -> new AssertionError("no demo report"));
    }

    @Test
    void membersReadTheDemoReportWithEachMembersDecisionAndTheComments() {
        Map<String, Object> report = body(api.get("/api/v1/annual-reports/" + demoId(), "member"), 200);
        assertEquals("IN_REVIEW", report.get("status"));
        assertEquals("2018-03-01", report.get("periodStart"));
        assertEquals(1L, ((Number) map(report, "round").get("number")).longValue());
        Map<String, Object> kenny = list(report, "reviews").stream().filter(r -> "Kenny Richmond".equals(r.get("member")))
                .findFirst().orElseThrow();
        assertEquals("AGREED", kenny.get("decision"));
        assertEquals("Scottish Enterprise", kenny.get("organisation"));
        Map<String, Object> phil = list(report, "reviews").stream().filter(r -> "Phil Couser".equals(r.get("member")))
                .findFirst().orElseThrow();
        assertEquals("CHANGES_REQUESTED", phil.get("decision"));
        assertTrue(((String) phil.get("reason")).startsWith("The engagement section should say"));
        List<Map<String, Object>> sections = list(report, "sections");
        assertEquals(8, sections.size());
        Map<String, Object> meetings = sections.get(0);
        assertEquals("MEETINGS", meetings.get("kind"));
        assertTrue(list(meetings, "figures").stream().anyMatch(f -> "Meetings held".equals(f.get("label")) && "2".equals(f.get("value"))));
        Map<String, Object> engagement = sections.stream().filter(s -> "ENGAGEMENT".equals(s.get("kind"))).findFirst().orElseThrow();
        Map<String, Object> comment = list(engagement, "comments").get(0);
        assertEquals("Phil Couser", comment.get("author"));
        assertEquals("strengthen the engagement loop", comment.get("passage"));
        assertEquals(Boolean.TRUE, comment.get("open"));
    }

    @Test
    void thePublicSeesNoDraftOrReportInReview() {
        long id = demoId();
        assertTrue(reports(null).stream().noneMatch(r -> DEMO.equals(r.get("title"))), "the list holds published reports only");
        error(api.get("/api/v1/annual-reports/" + id), 404);
        error(api.get("/api/v1/annual-reports/" + id + "/report.pdf"), 404);
        assertEquals(401, api.get("/api/v1/annual-reports/" + id + "/report.docx").statusCode());
        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/annual-reports/" + id + "/report.pdf", "member");
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"));
    }
}
