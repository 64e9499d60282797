package scot.cpib.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/**
 * Sign-in over HTTP: wrong passwords are limited and audited, HTTP Basic never creates or uses a
 * session. The limits are tried on the demo account "phil", which no other test signs in with, and a
 * sign-in's audit row on "clerk", which no other browser or API test signs in with (AccountUiIT changes
 * ella's password).
 */
class SignInApiIT {

    private static final String THROTTLED = "phil";
    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(AppServer.get());
    }

    @Test
    void theTwentyFirstWrongPasswordWithinAMinuteIsRefusedEvenWhenRight() {
        assertEquals(200, basic("/api/v1/actions", THROTTLED, AppServer.DEMO_PASSWORD).statusCode(), "the account works");
        long started = System.nanoTime();
        int refused = 0;
        for (int attempt = 1; attempt <= 20; attempt++) {
            HttpResponse<String> wrong = basic("/api/v1/actions", THROTTLED, "guess-number-" + attempt);
            assertTrue(wrong.statusCode() == 401 || wrong.statusCode() == 429, "attempt " + attempt + ": " + wrong.statusCode());
            refused += wrong.statusCode() == 429 ? 1 : 0;
        }
        HttpResponse<String> right = basic("/api/v1/actions", THROTTLED, AppServer.DEMO_PASSWORD);
        assertTrue(System.nanoTime() - started < 60_000_000_000L, "21 attempts within a minute");
        assertEquals(429, right.statusCode(), right.body());
        assertTrue(refused >= 10, "attempts after the limit are refused unchecked: " + refused);
        assertTrue(Long.parseLong(right.headers().firstValue("Retry-After").orElse("0")) > 60, "Retry-After");
        assertTrue(right.body().contains("Too many failed sign-ins for this user name or from this address"), right.body());
        assertFalse(right.body().contains(THROTTLED), "the answer does not say whether the account exists");
    }

    @Test
    void failedSignInsAreInTheAuditTrailForAdmins() {
        basic("/api/v1/actions", "ella", "not-ellas-password");
        HttpResponse<String> audit = api.get("/admin/audit.xhtml?type=SignIn&user=ella", "admin");
        assertEquals(200, audit.statusCode());
        assertTrue(audit.body().contains("Wrong user name or password through the API from"), audit.body());
        // clerk's password is checked here first (no other browser or API test signs in as clerk), so this
        // sign-in is audited whatever other tests did before: a password checked within the last minutes
        // (the credential cache) signs in again without a new row
        int before = pageSignIns(api.get("/admin/audit.xhtml?type=SignIn&user=clerk", "admin").body());
        signInOnThePage("clerk", AppServer.DEMO_PASSWORD);
        HttpResponse<String> signedIn = api.get("/admin/audit.xhtml?type=SignIn&user=clerk", "admin");
        assertEquals(before + 1, pageSignIns(signedIn.body()), signedIn.body());
    }

    private static int pageSignIns(String auditPage) {
        return auditPage.split("Signed in on the sign-in page from", -1).length - 1;
    }

    /** Signs in through the sign-in page as a browser would (its own cookies), expecting the redirect home. */
    private static void signInOnThePage(String username, String password) {
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .cookieHandler(new java.net.CookieManager()).build();
            HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(AppServer.get().url("/login.xhtml"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher state = java.util.regex.Pattern
                    .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
            assertTrue(state.find(), "the sign-in page has a form");
            String body = String.join("&", "login=login", "login%3Ausername=" + enc(username),
                    "login%3Apassword=" + enc(password), "login%3Asubmit=Sign+in", "jakarta.faces.ViewState=" + enc(state.group(1)));
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(AppServer.get().url("/login.xhtml")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, posted.statusCode(), "signed in and sent on: " + posted.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void basicAuthenticationCreatesNoSession() {
        HttpResponse<String> response = api.get("/api/v1/actions", "member");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), response.headers().toString());
    }

    @Test
    void aSessionCookieFromABasicRequestDoesNotSignInLaterRequests() {
        HttpResponse<String> page = api.get("/account.xhtml", "member");
        assertEquals(200, page.statusCode());
        Optional<String> cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst();
        assertTrue(cookie.isPresent(), "the page keeps its form state in a session");
        HttpResponse<String> withCookieOnly = api.send(HttpRequest.newBuilder(URI.create(AppServer.get().url("/account.xhtml")))
                .header("Cookie", cookie.get()));
        assertEquals(302, withCookieOnly.statusCode(), "the session is not signed in");
        HttpResponse<String> withOtherCredentials = api.send(HttpRequest.newBuilder(URI.create(AppServer.get().url("/api/v1/actions")))
                .header("Cookie", cookie.get()).header("Authorization", ApiClient.basic("lead", "not-the-leads-password")));
        assertEquals(401, withOtherCredentials.statusCode(), "wrong credentials fail whatever the session");
    }

    private static HttpResponse<String> basic(String path, String user, String password) {
        return api.send(HttpRequest.newBuilder(URI.create(AppServer.get().url(path)))
                .header("Authorization", ApiClient.basic(user, password)));
    }
}
