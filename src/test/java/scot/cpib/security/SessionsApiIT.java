package scot.cpib.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/**
 * Visitors who are not signed in and API clients keep no session on the server; a form posted from
 * another site is refused (the sign-in form, which keeps no state, included).
 */
class SessionsApiIT {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/login.xhtml", "/login.xhtml?continue=%2Factions%2Findex.xhtml",
            "/meetings/index.xhtml", "/work-programme/index.xhtml", "/work-programme/resources.xhtml",
            "/work-programme/workstream.xhtml?id=1", "/no/such/page.xhtml", "/api/v1/meetings", "/api/v1/workprogrammes");

    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(AppServer.get());
    }

    @Test
    void aHundredAnonymousPageViewsAndApiCallsSetNoSessionCookie() {
        for (int i = 0; i < 100; i++) {
            String path = PUBLIC_PAGES.get(i % PUBLIC_PAGES.size());
            HttpResponse<String> response = i % 7 == 6 ? api.get("/api/v1/actions", "member") : api.get(path);
            assertTrue(response.statusCode() < 500, path + " answered " + response.statusCode());
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                    path + " made a session: " + response.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(AppServer.get().url("/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Ausername=member&login%3Apassword=x"
                        + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState=stateless")));
        assertEquals(403, response.statusCode());
    }
}
