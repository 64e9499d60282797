package scot.cpib.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.cpib.it.BrowserSession;

/** The public home page, signing in with each demo account, and the friendly 404 page. */
class HomeUiIT extends BrowserSession {

    @Test
    void publicHomePageIsAccessibleAndOffersSignIn() {
        browser.open("/");
        assertTrue(browser.title().startsWith("Home"));
        assertTrue(browser.bodyText().contains("Sign in"));
        browser.assertAccessible();
        browser.screenshot("home-public");
    }

    @Test
    void everyDemoAccountCanSignIn() {
        for (String user : new String[] {"admin", "secretariat", "lead", "member"}) {
            browser.signIn(user);
            assertTrue(browser.bodyText().contains("Signed in as"), user);
            browser.signOut();
        }
    }

    @Test
    void wrongPasswordIsExplainedNextToTheField() {
        browser.open("/login.xhtml");
        browser.assertAccessible();
        browser.type(By.id("login:username"), "member");
        browser.type(By.id("login:password"), "not-the-password");
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("summary"), "The user name or password is not right");
        assertEquals("member", browser.find(By.id("login:username")).getAttribute("value"));
        browser.assertAccessible();
        browser.screenshot("login-failed");
    }

    @Test
    void unknownAddressGivesAFriendlyNotFoundPage() {
        browser.open("/no/such/page.xhtml");
        assertTrue(browser.bodyText().contains("Page not found"));
        browser.assertAccessible();
    }
}
