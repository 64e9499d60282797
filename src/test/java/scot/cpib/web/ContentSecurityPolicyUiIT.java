package scot.cpib.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.cpib.it.ApiClient;
import scot.cpib.it.BrowserSession;

/**
 * Every page carries a strict Content-Security-Policy with a fresh nonce; the app's own scripts carry
 * it and run; a script or event handler put into a page does not run, and the browser reports it.
 */
class ContentSecurityPolicyUiIT extends BrowserSession {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/login.xhtml", "/meetings/index.xhtml",
            "/work-programme/index.xhtml", "/no/such/page.xhtml");

    @Test
    void everyPageCarriesAStrictPolicyWithAFreshNonce() {
        ApiClient http = new ApiClient(app);
        List<HttpResponse<String>> pages = new ArrayList<>();
        PUBLIC_PAGES.forEach(page -> pages.add(http.get(page)));
        pages.add(http.get("/actions/index.xhtml", "member"));
        pages.add(http.get("/admin/audit.xhtml", "admin"));
        for (HttpResponse<String> answer : pages) {
            String page = answer.uri().toString();
            assertEquals(page.contains("/no/such/") ? 404 : 200, answer.statusCode(), page);
            String policy = policyOf(answer);
            assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==';.*"), page + ": " + policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), page + ": " + policy);
            for (String directive : List.of("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
                    "form-action 'self'", "style-src 'self'")) {
                assertTrue(policy.contains(directive), page + " lacks " + directive + ": " + policy);
            }
        }
        assertNotEquals(policyOf(http.get("/")), policyOf(http.get("/")), "each answer has its own nonce");
    }

    @Test
    void theAppsOwnScriptsCarryTheNonceAndRun() {
        browser.signIn("secretariat");
        browser.open("/engagement/strategy.xhtml");
        browser.waitFor(By.id("print"));
        assertEquals(Boolean.TRUE, browser.driver().executeScript(
                "return document.scripts.length > 0 && Array.from(document.scripts).every(s => s.nonce.length > 0);"));
        browser.driver().executeScript("window.print = function () { window.cpibPrinted = true; };");
        browser.click(By.id("print"));
        assertEquals(Boolean.TRUE, browser.driver().executeScript("return window.cpibPrinted === true;"),
                "the print link's listener, from print.js, ran");
    }

    @Test
    void aScriptOrHandlerInjectedIntoAPageDoesNotRun() throws InterruptedException {
        browser.open("/");
        browser.waitFor(By.id("signIn"));
        browser.driver().executeScript("window.cpibDirect = true;"
                + "var script = document.createElement('script');"
                + "script.textContent = 'window.cpibInjected = true;';"
                + "document.body.appendChild(script);"
                + "var image = document.createElement('img');"
                + "image.setAttribute('onerror', 'window.cpibHandler = true;');"
                + "image.src = 'data:,not-an-image';"
                + "document.body.appendChild(image);");
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < 50 && refused.size() < 2; i++) {
            refused.addAll(browser.cspViolations());
            Thread.sleep(100);
        }
        assertEquals(Boolean.TRUE, browser.driver().executeScript("return window.cpibDirect === true;"));
        assertEquals(Boolean.TRUE, browser.driver().executeScript(
                "return window.cpibInjected === undefined && window.cpibHandler === undefined;"),
                "the injected script or handler ran");
        assertEquals(2, refused.size(), "the browser reports both refusals: " + refused);
        assertTrue(refused.get(0).contains("script-src"), refused.get(0));
    }

    @Test
    void theApiCarriesNoPagePolicy() {
        HttpResponse<String> api = new ApiClient(app).get("/api/v1/meetings");
        assertTrue(api.headers().firstValue("Content-Security-Policy").isEmpty(), api.headers().toString());
    }

    private static String policyOf(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Security-Policy")
                .orElseThrow(() -> new AssertionError("no Content-Security-Policy on " + response.uri()));
    }
}
