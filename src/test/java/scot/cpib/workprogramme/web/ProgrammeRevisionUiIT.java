package scot.cpib.workprogramme.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.BrowserSession;

/**
 * The outcomes overview and the revision page in a browser. The revision walk works on the demo
 * draft (version 2) without approving it: it adds a ninth workstream and retires it again, so the
 * draft keeps its eight workstreams for the other tests. Evidence is recorded on long-term outcome 1
 * only, which no other test looks at.
 */
class ProgrammeRevisionUiIT extends BrowserSession {

    private void actAs(String username) {
        browser.open("/index.xhtml");
        browser.signOut();
        if (username != null) {
            browser.signIn(username);
        }
    }

    @Test
    void outcomesOverviewShowsWhichOutcomesHaveWorkAndEvidenceAndTheSecretariatAddsEvidence() {
        actAs("secretariat");
        browser.open("/work-programme/index.xhtml");
        String summary = browser.find(By.id("outcomesSummary")).getText();
        assertTrue(summary.startsWith("Outcomes: 8 of "), summary);
        browser.click(By.linkText("See the outcomes, the work and evidence behind them"));
        browser.waitForText(By.id("againstVersion"), "version 2");
        assertTrue(browser.find(By.id("elements")).findElements(By.tagName("li")).size() == 7, "seven model elements");
        String prevention = browser.find(By.id("outcome-SHORT-6")).getText();
        assertTrue(prevention.contains("Activity 4.3:"), prevention);
        assertTrue(prevention.contains("No evidence yet"), prevention);
        String governance = browser.find(By.id("outcome-MEDIUM-2")).getText();
        assertTrue(governance.contains("3. Effective decision making and good governance"), governance);
        assertTrue(browser.find(By.id("outcome-LONG-1")).getText().contains("No work in this programme"));
        assertFalse(browser.find(By.id("assumptions")).getText().isBlank());
        browser.assertAccessible();
        browser.screenshot("work-programme-outcomes");

        new Select(browser.find(By.id("evidence:outcome"))).selectByIndex(countOutcomes("SHORT") + countOutcomes("MEDIUM") + 1);
        browser.type(By.id("evidence:source"), "Annual review 2019");
        browser.click(By.id("evidence:record"));
        browser.waitForText(By.id("evidence:summaryError"), "Enter what the evidence shows");
        assertEquals("Annual review 2019", browser.find(By.id("evidence:source")).getAttribute("value"), "nothing typed is lost");
        browser.assertAccessible();
        showAndKeep("evidence", "work-programme-outcomes-evidence-error");
        browser.type(By.id("evidence:summary"), "Partners describe a shared view of outcomes for communities");
        browser.click(By.id("evidence:record"));
        browser.waitForText(By.id("outcome-LONG-1"), "Partners describe a shared view");
        assertTrue(browser.bodyText().contains("The evidence has been recorded."));
        assertFalse(browser.find(By.id("outcome-LONG-1")).getText().contains("No evidence yet"));

        actAs(null);
        browser.open("/work-programme/outcomes.xhtml");
        browser.waitForText(By.id("againstVersion"), "version 1");
        assertTrue(browser.find(By.id("outcome-SHORT-1")).getText().contains("No work in this programme"));
        assertTrue(browser.driver().findElements(By.id("evidence")).isEmpty(), "the public reads, never writes");
        browser.assertAccessible();
    }

    /** Scrolls the element to the top of the window and keeps a screenshot of it. */
    private void showAndKeep(String id, String name) {
        browser.driver().executeScript("arguments[0].scrollIntoView(true);", browser.find(By.id(id)));
        browser.screenshot(name);
    }

    private int countOutcomes(String term) {
        return browser.driver().findElements(By.cssSelector("#term-" + term + " article.outcome")).size();
    }

    @Test
    void secretariatAddsAWorkstreamToTheDraftRevisionAndRetiresItAgain() {
        actAs("secretariat");
        browser.open("/work-programme/index.xhtml");
        browser.click(By.id("revisionLink"));
        browser.waitForText(By.id("versionFacts"), "Version 2");
        String mappings = browser.find(By.id("mappings")).getText();
        assertTrue(mappings.contains("Carried over"), mappings);
        assertTrue(mappings.contains("Split"), mappings);
        assertTrue(mappings.contains("Merged"), mappings);
        browser.assertAccessible();
        browser.screenshot("work-programme-revision");

        browser.type(By.id("add:number"), "1");
        browser.type(By.id("add:title"), "Testing the revision page");
        browser.click(By.id("add:addButton"));
        browser.waitForText(By.id("add:numberError"), "There is already a workstream 1");
        assertEquals("Testing the revision page", browser.find(By.id("add:title")).getAttribute("value"));
        browser.assertAccessible();
        showAndKeep("add", "work-programme-revision-number-taken");

        browser.type(By.id("add:number"), "9");
        browser.click(By.id("add:addButton"));
        browser.waitForText(By.id("mappings"), "9. Testing the revision page");
        assertTrue(browser.find(By.cssSelector("#mappings tr[data-kind='NEW']")).getText().contains("New"));

        new Select(browser.find(By.id("retire:workstream"))).selectByVisibleText("9. Testing the revision page");
        browser.click(By.id("retire:retireButton"));
        browser.waitForText(By.tagName("body"), "The workstream has been retired from the draft.");
        assertFalse(browser.find(By.id("mappings")).getText().contains("Testing the revision page"));

        browser.click(By.cssSelector("#versionFacts a"));
        browser.waitForText(By.id("workstreams"), "8.");
        assertEquals(8, browser.find(By.id("workstreams")).findElements(By.cssSelector("tbody tr")).size());
    }

    @Test
    void theCurrentVersionPointsToTheDraftUnderWayInsteadOfStartingAnother() {
        actAs("admin");
        browser.open("/work-programme/index.xhtml");
        browser.click(By.linkText("See the approved programme (version 1)"));
        browser.waitForText(By.id("versionFacts"), "Version 1");
        browser.click(By.id("revisionLink"));
        browser.waitForText(By.id("draftUnderway"), "A draft revision is under way: version 2.");
        assertTrue(browser.driver().findElements(By.id("start")).isEmpty());
        assertTrue(browser.find(By.id("noMappings")).isDisplayed());
        browser.assertAccessible();

        actAs("lead");
        browser.open("/work-programme/revision.xhtml");
        assertFalse(browser.bodyText().contains("Revising the work programme"), "the secretariat's page only");
    }
}
