package scot.cpib.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import scot.cpib.it.ApiClient;
import scot.cpib.it.BrowserSession;

/** The action register: overdue filter by form and by address, sorting, paging, bad filters, keyboard. */
class ActionRegisterUiIT extends BrowserSession {

    private static final By ROWS = By.cssSelector("#register tbody tr");

    @Test
    void overdueFilterInTheAddressShowsOverdueDemoActionsWithOwnersMonthsAndCount() {
        browser.signIn("member");
        browser.open("/actions/index.xhtml?overdue=true&size=100");

        List<WebElement> rows = browser.driver().findElements(ROWS);
        assertFalse(rows.isEmpty());
        assertEquals(rows.size() + " actions found", browser.find(By.id("count")).getText().strip());
        assertTrue(rows.stream().allMatch(r -> r.getText().contains("Overdue")));
        WebElement leads = row("15/4ii/3");
        assertTrue(leads.getText().contains("Workstream Leads"), leads.getText());
        assertTrue(leads.getText().contains("December 2018"), leads.getText());
        assertTrue(row("15/4iii/1").getText().contains("IS"));
        assertTrue(row("15/4iii/1").getText().contains("February 2019"));
        assertTrue(browser.find(By.id("overdue")).isSelected());
        browser.assertAccessible();
        browser.screenshot("actions-register-overdue");
    }

    @Test
    void overdueFilterChosenInTheFormIsKeptInTheAddress() {
        browser.signIn("member");
        browser.open("/actions/index.xhtml");
        int all = browser.driver().findElements(ROWS).size();
        browser.assertAccessible();

        browser.click(By.id("overdue"));
        browser.click(By.id("applyFilters"));
        browser.waitForUrl("overdue=true");
        browser.waitFor(By.id("count"));
        List<WebElement> rows = browser.driver().findElements(ROWS);
        assertTrue(rows.size() < all + 1 && !rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.getText().contains("Overdue")));
        assertTrue(browser.driver().findElements(By.cssSelector("#register tr[data-ref='14/5/1']")).isEmpty(),
                "a complete action is never overdue");
    }

    @Test
    void columnsSortBothWaysAndPagesShowWhereYouAre() {
        browser.signIn("member");
        browser.open("/actions/index.xhtml?size=10&sort=reference");
        String count = browser.find(By.id("count")).getText();
        assertTrue(count.contains("Page 1 of"), count);
        assertEquals(10, browser.driver().findElements(ROWS).size());
        assertEquals("14/2/1", firstReference());

        browser.click(By.id("nextPage"));
        browser.waitForText(By.id("count"), "Page 2 of");
        assertTrue(browser.driver().getCurrentUrl().contains("page=2"));
        assertNotEquals("14/2/1", firstReference());
        browser.assertAccessible();

        browser.click(By.id("sort-due"));
        browser.waitForText(By.id("count"), "Page 1 of");
        assertEquals("ascending", header("sort-due").getAttribute("aria-sort"));
        String earliest = firstReference();
        browser.click(By.id("sort-due"));
        browser.waitFor(By.id("register"));
        assertEquals("descending", header("sort-due").getAttribute("aria-sort"));
        assertEquals("none", header("sort-reference").getAttribute("aria-sort"));
        assertNotEquals(earliest, firstReference());
        browser.assertAccessible();
        browser.screenshot("actions-register-sorted");
    }

    @Test
    void badFiltersAreExplainedAtTheirFieldsAndKept() {
        browser.signIn("member");
        browser.open("/actions/index.xhtml?dueFrom=2019-03-01&dueTo=2019-01-01&owner=Nobody%20Here&text=exemplars");

        String summary = browser.find(By.id("summary")).getText();
        assertTrue(summary.contains("“Due to” must be the same as or later than “Due from”"), summary);
        assertTrue(summary.contains("There is no person, organisation or group called “Nobody Here”"), summary);
        assertTrue(browser.find(By.id("ownerError")).getText().contains("Nobody Here"));
        assertTrue(browser.find(By.id("dueToError")).getText().contains("Due from"));
        assertEquals("Nobody Here", browser.find(By.id("owner")).getAttribute("value"));
        assertEquals("exemplars", browser.find(By.id("text")).getAttribute("value"));
        assertEquals("2019-03-01", browser.find(By.id("dueFrom")).getAttribute("value"));
        browser.assertAccessible();
        browser.screenshot("actions-register-bad-filters");
    }

    @Test
    void ownerTypedByNameFiltersTheRegister() {
        browser.signIn("member");
        browser.open("/actions/index.xhtml");
        browser.type(By.id("owner"), "CPIB partners");
        browser.click(By.id("applyFilters"));
        browser.waitForUrl("owner=CPIB");
        browser.waitFor(By.id("register"));

        List<WebElement> rows = browser.driver().findElements(ROWS);
        assertEquals(List.of("15/8/1", "15/8/2"), rows.stream().map(r -> r.getAttribute("data-ref")).sorted().toList());
    }

    @Test
    void filterButtonIsReachedAndUsedByKeyboard() {
        browser.signIn("member");
        browser.open("/actions/index.xhtml?overdue=true");
        browser.activateByKeyboard("applyFilters", 40);
        browser.waitForUrl("owner=");
        assertTrue(browser.driver().getCurrentUrl().contains("overdue=true"));
        browser.waitFor(By.id("count"));
    }

    /**
     * The server keeps the register's pages (KeptRegisterPages), the API's pages and the action log files
     * and must never send a kept one once the record has changed: a note saved on the action page shows
     * in all of them at once, each time.
     */
    @Test
    void aNoteSavedOnTheActionPageShowsInTheRegisterAtOnceThoughTheServerKeptThePage() {
        browser.signIn("secretariat");
        String address = "/actions/index.xhtml?meeting=14&size=100";
        browser.open(address);
        browser.open(address); // kept from here on: the flash cookie of the sign-in has gone
        String before = row("14/3/1").getText();
        String note = "Register kept-page check " + System.nanoTime();
        ApiClient api = new ApiClient(app);
        for (int time = 1; time <= 2; time++) { // the second time from the file and the page kept
            assertFalse(api.get("/api/v1/actions.csv?meeting=14", "member").body().contains(note));
            assertFalse(api.get("/api/v1/actions?meeting=14", "member").body().contains(note));
        }

        browser.open("/actions/view.xhtml?ref=14/3/1");
        browser.type(By.id("update:note"), note);
        browser.click(By.id("update:save"));
        browser.waitForText(By.id("summary"), "Progress saved.");

        for (int time = 1; time <= 2; time++) {
            browser.open(address);
            assertTrue(row("14/3/1").getText().contains(note), "visit " + time + " after the save: " + row("14/3/1").getText());
            assertTrue(api.get("/api/v1/actions.csv?meeting=14", "member").body().contains(note), "the action log, " + time);
            assertTrue(api.get("/api/v1/actions?meeting=14", "member").body().contains(note), "the API's page, " + time);
        }
        assertFalse(before.contains(note));
    }

    @Test
    void twoPeopleAtTheSameAddressEachSeeTheirOwnNameAndMenu() {
        String address = "/actions/index.xhtml?overdue=true&size=10";
        browser.signIn("member");
        browser.open(address);
        browser.open(address);
        String member = browser.find(By.cssSelector(".site-header__user")).getText();
        assertTrue(browser.driver().findElements(By.id("remindersLink")).isEmpty(), "the reminders are the secretariat's");
        browser.signOut();

        browser.signIn("secretariat");
        browser.open(address);
        browser.open(address);
        String secretariat = browser.find(By.cssSelector(".site-header__user")).getText();
        assertNotEquals(member, secretariat);
        assertTrue(secretariat.contains("Emily Lynch"), secretariat);
        browser.find(By.id("remindersLink"));
        browser.signOut();

        browser.signIn("member");
        browser.open(address);
        assertEquals(member, browser.find(By.cssSelector(".site-header__user")).getText());
    }

    private static WebElement row(String reference) {
        return browser.find(By.cssSelector("#register tr[data-ref='" + reference + "']"));
    }

    private static String firstReference() {
        return browser.driver().findElements(ROWS).get(0).getAttribute("data-ref");
    }

    private static WebElement header(String linkId) {
        return browser.find(By.id(linkId)).findElement(By.xpath(".."));
    }
}
