package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.api.ApiJson.body;
import static scot.cpib.api.ApiJson.error;
import static scot.cpib.api.ApiJson.list;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/** GET /api/v1/engagement/strategy and /records: the strategy of the pack with its matrix, the log and its filters. */
class EngagementApiIT {

    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(AppServer.get());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> records(String query) {
        HttpResponse<String> response = api.get("/api/v1/engagement/records" + query, "member");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return (List<Map<String, Object>>) (List<?>) new Json().toType(response.body(), List.class);
    }

    private static Map<String, Object> row(Map<String, Object> strategy, String group) {
        return list(strategy, "matrix").stream().filter(r -> group.equals(r.get("group"))).findFirst()
                .orElseThrow(() -> new AssertionError("No matrix row " + group));
    }

    @Test
    void strategyHasTheAimsMessagesMatrixAndScheduleOfThePack() {
        Map<String, Object> strategy = body(api.get("/api/v1/engagement/strategy", "lead"), 200);
        assertEquals("CPIB Engagement Strategy", strategy.get("title"));
        assertEquals("DRAFT", strategy.get("status"));
        assertEquals("2019-02-28", strategy.get("periodFrom"));
        assertEquals(List.of("4.1.1", "4.1.2", "4.1.3", "4.1.4"), list(strategy, "aims").stream().map(a -> a.get("number")).toList());
        assertEquals(7, list(strategy, "messages").size());
        assertEquals(7, list(strategy, "matrix").size());
        Map<String, Object> chairs = row(strategy, "CPP Chairs");
        assertTrue(((List<?>) chairs.get("messages")).contains(5L) || ((List<?>) chairs.get("messages")).contains(5), chairs.toString());
        assertTrue(((String) chairs.get("sizeNotes")).startsWith("6 in-depth"));
        assertFalse(((List<?>) chairs.get("leads")).isEmpty(), chairs.toString());
        Map<String, Object> managers = row(strategy, "CP Managers");
        assertTrue(((List<?>) managers.get("channels")).contains("CP Knowledge Hub"), managers.toString());
        List<Map<String, Object>> schedule = list(strategy, "schedule");
        assertEquals("2019-03-01", schedule.get(0).get("date"));
        assertEquals("DAY", schedule.get(0).get("precision"));
        assertEquals("2019-05", schedule.get(1).get("date"));
        assertEquals("MONTH", schedule.get(1).get("precision"));
    }

    @Test
    void recordsAreFilteredByDateAndGroupAndKeepSampleDataMarked() {
        List<Map<String, Object>> reported = records("?from=2018-01-01&to=2018-12-31");
        assertEquals(List.of("2018-09", "2018-05"), reported.stream().map(r -> r.get("date")).toList());
        assertTrue(reported.stream().allMatch(r -> "Sarah Gadsden".equals(r.get("person")) && Boolean.FALSE.equals(r.get("sampleData"))));
        assertTrue(((String) reported.get(0).get("reference")).startsWith("E"));

        List<Map<String, Object>> spring = records("?from=2019-03-01&to=2019-06-30");
        assertTrue(spring.stream().anyMatch(r -> Boolean.TRUE.equals(r.get("sampleData"))), spring.toString());
        assertTrue(records("?from=2019-03-01&to=2019-06-30&sample=false").stream()
                .noneMatch(r -> Boolean.TRUE.equals(r.get("sampleData"))));

        Map<String, Object> strategy = body(api.get("/api/v1/engagement/strategy", "member"), 200);
        Object communityId = row(strategy, "Community Groups").get("groupId");
        List<Map<String, Object>> community = records("?from=2019-03-01&to=2019-06-30&group=" + ((Number) communityId).longValue());
        assertFalse(community.isEmpty());
        assertTrue(community.stream().allMatch(r -> ((List<?>) r.get("groups")).contains("Community Groups")), community.toString());
    }

    @Test
    void badParametersAreNamed() {
        Map<String, Object> json = error(api.get("/api/v1/engagement/records?from=1st+March", "member"), 400);
        assertTrue(((String) json.get("message")).contains("1st March"), json.toString());
        error(api.get("/api/v1/engagement/records?from=2019-06-01&to=2019-03-01", "member"), 400);
        error(api.get("/api/v1/engagement/records?group=chairs", "member"), 400);
        error(api.get("/api/v1/engagement/records?sample=perhaps", "member"), 400);
        assertEquals(401, api.get("/api/v1/engagement/strategy").statusCode());
    }
}
