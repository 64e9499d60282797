package scot.cpib.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.json.Json;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/**
 * Every role (anonymous, member, lead, secretariat, admin) against every protected page and API
 * route. Pages and API clients both authenticate with HTTP Basic here. The matrix is data: each
 * page with the roles web.xml allows (they must get it, 200), each API route with who may call it.
 */
class AuthorisationApiIT {

    static final String ANONYMOUS = "anonymous";
    static final List<String> CALLERS = List.of(ANONYMOUS, "member", "lead", "secretariat", "admin");
    static final Set<String> SECRETARIAT = Set.of("secretariat", "admin");
    static final Set<String> SIGNED_IN = Set.of("member", "lead", "secretariat", "admin");
    static final Set<String> EVERYONE = Set.copyOf(CALLERS);

    /**
     * Protected pages and who may open them (web.xml). Workstream 3 of the demo is version 1's
     * "Performance Management", led by the demo lead.
     */
    static final Map<String, Set<String>> PAGES = Map.ofEntries(
            Map.entry("/meetings/edit.xhtml", SECRETARIAT),
            Map.entry("/meetings/agenda.xhtml?id=1", SECRETARIAT),
            Map.entry("/meetings/attendance.xhtml?id=1", SECRETARIAT),
            Map.entry("/meetings/minute-edit.xhtml?id=1", SECRETARIAT),
            Map.entry("/admin/audit.xhtml", SECRETARIAT),
            Map.entry("/admin/mail.xhtml", SECRETARIAT),
            Map.entry("/admin/sign-in.xhtml", SECRETARIAT),
            Map.entry("/two-step.xhtml", SIGNED_IN),
            Map.entry("/actions/index.xhtml", SIGNED_IN),
            Map.entry("/actions/mine.xhtml", SIGNED_IN),
            Map.entry("/meetings/matters-arising.xhtml?id=3", SIGNED_IN),
            Map.entry("/work-programme/my.xhtml", SIGNED_IN),
            Map.entry("/work-programme/update.xhtml?workstream=3", Set.of("lead", "secretariat", "admin")),
            Map.entry("/work-programme/period.xhtml", SECRETARIAT),
            Map.entry("/meetings/pack.xhtml?meeting=3", SIGNED_IN),
            Map.entry("/meetings/reply.xhtml?id=3", SIGNED_IN),
            Map.entry("/work-programme/revision.xhtml", SECRETARIAT));

    /** The engagement pages (issue #5) and who may open them. */
    static final Map<String, Set<String>> ENGAGEMENT_PAGES = Map.of(
            "/engagement/strategy.xhtml", SIGNED_IN,
            "/engagement/log.xhtml", SIGNED_IN,
            "/engagement/record.xhtml", SIGNED_IN,
            "/engagement/view.xhtml?id=1", SIGNED_IN,
            "/engagement/coverage.xhtml", SIGNED_IN,
            "/engagement/plan.xhtml?group=3", SECRETARIAT,
            "/engagement/message.xhtml?number=1", SECRETARIAT,
            "/engagement/schedule.xhtml", SECRETARIAT);

    /** API routes and who may call them; {meeting16} and {action} are filled in from the demo data. */
    static final Map<String, Set<String>> API_ROUTES = Map.ofEntries(
            Map.entry("/api/v1/meetings", EVERYONE),
            Map.entry("/api/v1/meetings/{meeting16}", SIGNED_IN),
            Map.entry("/api/v1/actions", SIGNED_IN),
            Map.entry("/api/v1/actions?overdue=true&owner={owner}", SIGNED_IN),
            Map.entry("/api/v1/actions/{action}", SIGNED_IN),
            Map.entry("/api/v1/workprogrammes", EVERYONE),
            Map.entry("/api/v1/workprogrammes/{currentProgramme}", EVERYONE),
            Map.entry("/api/v1/workprogrammes/{draftProgramme}", SIGNED_IN),
            Map.entry("/api/v1/workstreams/{draftWorkstream}", SIGNED_IN),
            Map.entry("/api/v1/resources?q=data", EVERYONE));

    /** The engagement API routes and who may call them. */
    static final Map<String, Set<String>> ENGAGEMENT_ROUTES = Map.of(
            "/api/v1/engagement/strategy", SIGNED_IN,
            "/api/v1/engagement/records?from=2018-01-01&to=2019-12-31&group=3", SIGNED_IN);

    /** Document downloads (files, not JSON, when allowed) and who may have them. */
    static final Map<String, Set<String>> FILE_ROUTES = Map.ofEntries(
            Map.entry("/api/v1/meetings/{meeting16}/pack.pdf", SIGNED_IN),
            Map.entry("/api/v1/meetings/{meeting16}/matters-arising.pdf", SIGNED_IN),
            Map.entry("/api/v1/meetings/{meeting16}/minute.pdf", SIGNED_IN),
            Map.entry("/api/v1/meetings/{meeting16}/minute.docx", SIGNED_IN),
            Map.entry("/api/v1/meetings/{meeting16}.ics", SIGNED_IN),
            Map.entry("/api/v1/calendar.ics", EVERYONE),
            Map.entry("/api/v1/actions.xlsx?meeting=15", SIGNED_IN),
            Map.entry("/api/v1/actions.csv?overdue=true", SIGNED_IN),
            Map.entry("/api/v1/workprogrammes/{currentProgramme}/progress-report.pdf", SIGNED_IN),
            Map.entry("/api/v1/workprogrammes/{currentProgramme}/progress-report.xlsx", SIGNED_IN));

    /** Routes that need a sign-in whatever the record (401); elsewhere a hidden record is not found (404). */
    private static boolean needsSignIn(String route) {
        return route.startsWith("/api/v1/actions") || route.startsWith("/api/v1/engagement") || route.endsWith("/pack.pdf") || route.endsWith("/matters-arising.pdf")
                || route.contains("/progress-report.");
    }

    private static ApiClient api;
    private static Map<String, String> ids;

    @BeforeAll
    static void start() {
        api = new ApiClient(AppServer.get());
        ids = demoIds();
    }

    static Stream<Arguments> pageChecks() {
        List<Arguments> checks = new ArrayList<>();
        PAGES.forEach((page, allowed) -> CALLERS.forEach(caller -> checks.add(Arguments.of(page, caller, allowed.contains(caller)))));
        ENGAGEMENT_PAGES.forEach((page, allowed) -> CALLERS.forEach(caller -> checks.add(Arguments.of(page, caller, allowed.contains(caller)))));
        return checks.stream();
    }

    static Stream<Arguments> apiChecks() {
        List<Arguments> checks = new ArrayList<>();
        API_ROUTES.forEach((route, allowed) -> CALLERS.forEach(caller -> checks.add(Arguments.of(route, caller, allowed.contains(caller)))));
        ENGAGEMENT_ROUTES.forEach((route, allowed) -> CALLERS.forEach(caller -> checks.add(Arguments.of(route, caller, allowed.contains(caller)))));
        FILE_ROUTES.forEach((route, allowed) -> CALLERS.forEach(caller -> checks.add(Arguments.of(route, caller, allowed.contains(caller)))));
        return checks.stream();
    }

    @ParameterizedTest(name = "{1} on {0}: allowed={2}")
    @MethodSource("pageChecks")
    void protectedPagesAnswerEachRoleAsWebXmlSays(String page, String caller, boolean allowed) {
        HttpResponse<String> response = call(page, caller);
        if (caller.equals(ANONYMOUS)) {
            assertEquals(302, response.statusCode(), page);
            String location = response.headers().firstValue("Location").orElse("");
            assertTrue(location.endsWith("/login.xhtml?continue=" + URLEncoder.encode(page, StandardCharsets.UTF_8)), location);
        } else if (!allowed) {
            // the container forbids (403) and web.xml shows the not-found page for it
            assertEquals(403, response.statusCode(), page + " as " + caller);
            assertTrue(response.body().contains("Page not found"), response.body());
        } else {
            assertEquals(200, response.statusCode(), page + " as " + caller);
            assertFalse(response.body().contains("Page not found"), page + " as " + caller);
        }
    }

    @ParameterizedTest(name = "{1} on {0}: allowed={2}")
    @MethodSource("apiChecks")
    void apiRoutesAnswerEachRoleWithJson(String route, String caller, boolean allowed) {
        String path = route;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        HttpResponse<String> response = call(path, caller);
        int expected = allowed ? 200 : needsSignIn(route) ? 401 : 404;
        assertEquals(expected, response.statusCode(), path + " as " + caller + ": " + response.body());
        boolean file = allowed && FILE_ROUTES.containsKey(route);
        assertTrue(file != response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        if (expected == 401) {
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="), path);
        }
    }

    private static HttpResponse<String> call(String path, String caller) {
        return caller.equals(ANONYMOUS) ? api.get(path) : api.get(path, caller);
    }

    /** Ids of meeting 16, an action of meeting 15 and its owner, read through the API as the secretariat. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> demoIds() {
        Json json = new Json();
        Map<String, Object> meetings = json.toType(api.get("/api/v1/meetings?size=200", "secretariat").body(), Json.MAP_TYPE);
        String meeting16 = ((List<Map<String, Object>>) meetings.get("items")).stream()
                .filter(m -> ((Number) m.get("number")).intValue() == 16)
                .map(m -> String.valueOf(m.get("id"))).findFirst().orElseThrow();
        Map<String, Object> actions = json.toType(api.get("/api/v1/actions?meeting=15&size=1", "secretariat").body(), Json.MAP_TYPE);
        Map<String, Object> action = ((List<Map<String, Object>>) actions.get("items")).get(0);
        String owner = (String) ((List<Map<String, Object>>) action.get("owners")).get(0).get("key");
        List<Map<String, Object>> programmes = json.toType(api.get("/api/v1/workprogrammes", "secretariat").body(),
                Json.LIST_OF_MAPS_TYPE);
        String current = programmes.stream().filter(p -> "CURRENT".equals(p.get("status")))
                .map(p -> String.valueOf(p.get("id"))).findFirst().orElseThrow();
        String draft = programmes.stream().filter(p -> "DRAFT".equals(p.get("status")))
                .map(p -> String.valueOf(p.get("id"))).findFirst().orElseThrow();
        Map<String, Object> revised = json.toType(api.get("/api/v1/workprogrammes/" + draft, "secretariat").body(), Json.MAP_TYPE);
        String draftWorkstream = String.valueOf(((List<Map<String, Object>>) revised.get("workstreams")).get(0).get("id"));
        return Map.of("meeting16", meeting16, "action", String.valueOf(action.get("id")), "owner", owner,
                "currentProgramme", current, "draftProgramme", draft, "draftWorkstream", draftWorkstream);
    }
}
