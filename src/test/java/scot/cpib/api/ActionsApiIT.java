package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.api.ApiJson.body;
import static scot.cpib.api.ApiJson.error;
import static scot.cpib.api.ApiJson.list;
import static scot.cpib.api.ApiJson.map;
import static scot.cpib.api.ApiJson.number;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/** GET /api/v1/actions and /api/v1/actions/{id}: the register of the demo data, filters, paging, errors. */
class ActionsApiIT {

    private static final Set<String> MEETING_15 = Set.of("15/4i/1", "15/4i/2", "15/4i/3", "15/4ii/1", "15/4ii/2",
            "15/4ii/3", "15/4iii/1", "15/5/1", "15/5/2", "15/5/3", "15/6/1", "15/7/1", "15/7/2", "15/8/1", "15/8/2",
            "15/9/1");

    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(AppServer.get());
    }

    private static Map<String, Object> search(String query) {
        return body(api.get("/api/v1/actions" + query, "member"), 200);
    }

    private static Map<String, Object> action(String reference) {
        return list(search("?meeting=" + reference.substring(0, reference.indexOf('/')) + "&size=200"), "items").stream()
                .filter(a -> reference.equals(a.get("reference"))).findFirst()
                .orElseThrow(() -> new AssertionError("No action " + reference));
    }

    private static Set<String> references(Map<String, Object> page) {
        Set<String> references = new TreeSet<>();
        list(page, "items").forEach(a -> references.add((String) a.get("reference")));
        return references;
    }

    @Test
    void meetingFifteenHasItsSixteenActionsWithOwnersAndMonths() {
        Map<String, Object> page = search("?meeting=15&size=200&sort=reference");
        assertEquals(16, number(page, "total"));
        assertEquals(MEETING_15, references(page));

        Map<String, Object> engagement = action("15/4iii/1");
        assertEquals("IS", list(engagement, "owners").get(0).get("label"));
        assertTrue(((String) list(engagement, "owners").get(0).get("key")).startsWith("organisation:"));
        assertEquals("2019-02", engagement.get("due"));
        assertEquals("MONTH", engagement.get("duePrecision"));
        assertEquals(15, number(engagement, "meetingNumber"));
        assertEquals("2018-11-28", engagement.get("meetingDate"));
        assertEquals("4iii", engagement.get("agendaItem"));
        assertTrue(((String) engagement.get("description")).startsWith("Develop engagement strategy"));
        assertFalse(engagement.containsKey("progress"), "lists carry the latest progress only");

        Map<String, Object> leads = action("15/4ii/3");
        assertEquals("Workstream Leads", list(leads, "owners").get(0).get("label"));
        assertEquals("2018-12", leads.get("due"));
        assertEquals("2019-05", action("15/5/2").get("due"));
        assertEquals("CPIB members", list(action("15/5/2"), "owners").get(0).get("label"));
    }

    @Test
    void latestProgressAndTheWholeHistoryAreGiven() {
        Map<String, Object> listed = action("15/4iii/1");
        Map<String, Object> latest = map(listed, "latestProgress");
        assertEquals("Board secretariat (Improvement Service)", latest.get("author"));
        assertEquals("2019-02-28", latest.get("date"));
        assertEquals(16, number(latest, "meetingNumber"));

        Map<String, Object> one = body(api.get("/api/v1/actions/" + number(listed, "id"), "lead"), 200);
        assertEquals("15/4iii/1", one.get("reference"));
        List<Map<String, Object>> history = list(one, "progress");
        assertFalse(history.isEmpty());
        assertEquals(latest.get("note"), history.get(history.size() - 1).get("note"));

        Map<String, Object> carried = body(api.get("/api/v1/actions/" + number(action("14/2/1"), "id"), "member"), 200);
        assertEquals("2.2iii", carried.get("legacyReference"));
        assertEquals(2, list(carried, "owners").size());
    }

    @Test
    void statusFilterTakesRepeatedAndCommaSeparatedValues() {
        Map<String, Object> open = search("?meeting=15&status=OPEN&size=200");
        assertTrue(list(open, "items").stream().allMatch(a -> "OPEN".equals(a.get("status"))));
        Map<String, Object> rest = search("?meeting=15&status=in_progress,COMPLETE&status=SUPERSEDED"
                + "&status=COVERED_ELSEWHERE&size=200");
        assertTrue(list(rest, "items").stream().noneMatch(a -> "OPEN".equals(a.get("status"))));
        assertTrue(number(open, "total") > 0 && number(rest, "total") > 0);
        assertEquals(16, number(open, "total") + number(rest, "total"));
    }

    @Test
    void ownerFilterMatchesActionsOfThatOwner() {
        String leadsKey = (String) list(action("15/4ii/3"), "owners").get(0).get("key");
        Map<String, Object> page = search("?owner=" + leadsKey + "&size=200");
        assertTrue(references(page).contains("15/4ii/3"), page.toString());
        assertFalse(references(page).contains("15/4iii/1"), page.toString());
        assertTrue(list(page, "items").stream().allMatch(a -> list(a, "owners").stream()
                .anyMatch(o -> leadsKey.equals(o.get("key")))));
    }

    @Test
    void overdueFilterGivesOutstandingActionsPastTheirMonth() {
        Map<String, Object> page = search("?overdue=true&size=200");
        assertTrue(references(page).contains("15/4iii/1"), "Feb 2019 and in progress: overdue");
        assertFalse(references(page).contains("14/5/1"), "complete: never overdue");
        assertTrue(list(page, "items").stream().allMatch(a -> Boolean.TRUE.equals(a.get("overdue"))
                && Set.of("OPEN", "IN_PROGRESS").contains(a.get("status"))));
    }

    @Test
    void dueDateRangeAndTextNarrowTheRegister() {
        Map<String, Object> january = search("?meeting=15&dueFrom=2019-01-01&dueTo=2019-01-31&size=200");
        assertTrue(references(january).containsAll(List.of("15/8/1", "15/8/2", "15/9/1")), january.toString());
        assertTrue(list(january, "items").stream().allMatch(a -> ((String) a.get("due")).startsWith("2019-01")));

        Map<String, Object> text = search("?q=ENGAGEMENT%20strategy&size=200");
        assertTrue(references(text).contains("15/4iii/1"), text.toString());
        assertTrue(list(text, "items").stream().allMatch(a -> ((String) a.get("description")).toLowerCase()
                .contains("engagement strategy")));
    }

    @Test
    void pagesSplitTheTotalWithoutOverlap() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            Map<String, Object> part = search("?meeting=15&sort=reference&order=desc&size=5&page=" + page);
            assertEquals(16, number(part, "total"));
            assertEquals(page, number(part, "page"));
            assertEquals(5, number(part, "size"));
            assertEquals(page < 3 ? 5 : 1, list(part, "items").size());
            list(part, "items").forEach(a -> seen.add((String) a.get("reference")));
        }
        assertEquals(16, seen.size());
        assertEquals(MEETING_15, new TreeSet<>(seen));
        assertEquals(List.of(), list(search("?meeting=15&size=5&page=9"), "items"));
        assertEquals(25, number(search(""), "size"));
    }

    @Test
    void badParametersAreA400NamingTheParameter() {
        assertBad("?status=DONE", "status");
        assertBad("?status=OPEN,finished", "status");
        assertBad("?owner=person:987654", "owner");
        assertBad("?owner=chair", "owner");
        assertBad("?dueFrom=2019-13-01", "dueFrom");
        assertBad("?dueTo=28/02/2019", "dueTo");
        assertBad("?dueFrom=2019-03-01&dueTo=2019-02-01", "dueFrom");
        assertBad("?overdue=yes", "overdue");
        assertBad("?meeting=fifteen", "meeting");
        assertBad("?sort=colour", "sort");
        assertBad("?order=up", "order");
        assertBad("?size=201", "size");
        assertBad("?page=-1", "page");
    }

    private static void assertBad(String query, String parameter) {
        Map<String, Object> json = error(api.get("/api/v1/actions" + query, "member"), 400);
        assertEquals("Bad Request", json.get("error"));
        assertEquals(parameter, json.get("parameter"), query);
    }

    @Test
    void unknownActionOrRouteIsAJsonNotFound() {
        assertEquals("Not Found", error(api.get("/api/v1/actions/987654", "member"), 404).get("error"));
        error(api.get("/api/v1/actions/15-4iii-1", "member"), 404);
        HttpResponse<String> route = api.get("/api/v1/no/such/route", "member");
        error(route, 404);
        assertFalse(route.body().contains("<html"), route.body());
        error(api.get("/api/v1/no/such/route"), 404);
        error(api.send(HttpRequest.newBuilder(URI.create(AppServer.get().url("/api/v1/actions")))
                .header("Authorization", ApiClient.basic("member", AppServer.DEMO_PASSWORD))
                .DELETE()), 405);
    }

    @Test
    void anonymousCallersAreChallengedForBasicCredentials() {
        HttpResponse<String> response = api.get("/api/v1/actions");
        error(response, 401);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrongPassword = api.send(HttpRequest.newBuilder(URI.create(AppServer.get().url("/api/v1/actions")))
                .header("Authorization", ApiClient.basic("member", "wrong-password")));
        error(wrongPassword, 401);
        assertTrue(wrongPassword.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }
}
