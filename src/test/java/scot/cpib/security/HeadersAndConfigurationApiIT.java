package scot.cpib.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/**
 * Session cookie flags, HSTS behind a TLS-ending proxy (the shared app trusts this machine as its
 * proxy), /metrics not public, and a valid OpenAPI document.
 */
class HeadersAndConfigurationApiIT {

    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(AppServer.get());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
        HttpResponse<String> response = api.get("/account.xhtml", "member");
        String cookie = sessionCookie(response);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    @Test
    void behindATrustedTlsProxyTheCookieIsSecureAndHstsIsSent() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(AppServer.get().url("/account.xhtml")))
                .header("Authorization", ApiClient.basic("member", AppServer.DEMO_PASSWORD))
                .header("X-Forwarded-Proto", "https"));
        String cookie = sessionCookie(response);
        assertTrue(cookie.contains("Secure") && cookie.contains("SameSite=Lax"), cookie);
        assertEquals("max-age=31536000; includeSubDomains",
                response.headers().firstValue("Strict-Transport-Security").orElse(""));
    }

    @Test
    void metricsAreNotPublic() {
        assertNotEquals(200, api.get("/metrics").statusCode());
        assertNotEquals(200, api.get("/metrics/application").statusCode());
    }

    @Test
    void openApiListsIssuedPacksAndHoldsNoMalformedEntry() {
        String document = api.get("/openapi").body();
        assertTrue(document.contains("/api/v1/meetings/{id}/packs/{version}.pdf:"), document);
        assertFalse(document.contains("endpoints:"), document);
        assertFalse(document.contains("\n  /:"), document);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }
}
