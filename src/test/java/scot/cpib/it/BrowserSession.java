package scot.cpib.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** Base of browser tests: the shared running app and one Chromium per test class. */
public abstract class BrowserSession {

    protected static AppServer app;
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        app = AppServer.get();
        browser = new Browser(app);
    }

    @AfterEach
    void signOutAfterTest() {
        browser.signOut();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
