package scot.cpib.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of browser tests: the shared running app and the tier's one Chromium ({@link Browser#shared}),
 * handed to each class as a fresh browser would be (no cookies or stored data, desktop size). A test fails when
 * the browser reported that the pages' Content-Security-Policy refused anything on the pages it
 * visited (a script, handler or style of the app's own that the policy does not allow).
 */
public abstract class BrowserSession {

    protected static AppServer app;
    protected static Browser browser;

    @AfterEach
    void signOutAfterTest() {
        List<String> violations = new ArrayList<>(browser.cspViolations());
        browser.endSession();
        violations.addAll(browser.cspViolations());
        assertEquals(List.of(), violations, "the Content-Security-Policy refused something on a page of this test");
    }

    @BeforeAll
    static void startBrowser() {
        app = AppServer.get();
        browser = Browser.shared(app);
    }
}
