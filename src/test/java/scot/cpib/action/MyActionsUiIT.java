package scot.cpib.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.Browser;
import scot.cpib.it.BrowserSession;

/**
 * "My actions" (decision 81: a compact list, one action's form at a time, completed ones when asked)
 * and the action page, as the demo lead (Mark McAteer: SFRS, Workstream Leads, CPIB members), the
 * secretariat and a member. Changes only 15/4ii/3, 15/5/2 and 14/2/2.
 */
class MyActionsUiIT extends BrowserSession {

    @Test
    void leadReportsProgressOnOneActionAtATimeFromMyActionsAndSeesItInTheChangeHistory() {
        browser.signIn("lead");
        browser.open("/actions/mine.xhtml");
        assertTrue(row("15/4ii/3").getText().contains("Overdue"));
        row("15/5/2");
        assertTrue(browser.driver().findElements(By.tagName("textarea")).isEmpty(), "no form until one is asked for");
        browser.assertAccessible();
        browser.screenshot("actions-mine-lead");

        String note = "Workstream 3 summary sent to the secretariat";
        openFormOf("15/4ii/3");
        assertEquals(1, browser.driver().findElements(By.tagName("textarea")).size(), "only the chosen action's form");
        new Select(browser.find(By.id("progress:status"))).selectByVisibleText("In progress");
        browser.type(By.id("progress:note"), note);
        browser.assertAccessible();
        browser.screenshot("actions-mine-update-form");
        browser.click(By.id("progress:save"));
        browser.waitForText(By.id("summary"), "Progress on 15/4ii/3 saved.");
        assertTrue(row("15/4ii/3").getText().contains(note));
        assertTrue(row("15/4ii/3").getText().contains("In progress"));
        assertTrue(browser.driver().findElements(By.tagName("textarea")).isEmpty(), "the form closes once saved");
        waitForFocusOn(refLinkOf("15/4ii/3"));

        openFormOf("15/5/2");
        new Select(browser.find(By.id("progress:status"))).selectByVisibleText("In progress");
        browser.type(By.id("progress:note"), "Two exemplars drafted");
        browser.click(By.id("progress:save"));
        browser.waitForText(By.id("summary"), "Progress on 15/5/2 saved.");

        browser.open("/actions/view.xhtml?ref=15/4ii/3");
        assertTrue(browser.find(By.id("progress")).getText().contains(note));
        assertTrue(browser.find(By.id("history")).getText().contains("Progress reported"));
        assertTrue(browser.find(By.id("status")).getText().contains("In progress"));
        browser.assertAccessible();

        browser.open("/actions/view.xhtml?ref=15/5/2");
        String history = browser.find(By.id("history")).getText();
        assertTrue(history.contains("Status"), history);
        assertTrue(history.contains("Open → In progress"), history);
        assertTrue(history.contains("Mark McAteer"), "the change history names the person, as the notes do: " + history);
        assertTrue(browser.find(By.id("progress")).getText().startsWith("Progress notes")
                || browser.find(By.id("progress")).getText().contains("Two exemplars drafted"));
        browser.assertAccessible();
        browser.screenshot("actions-view-history");
    }

    @Test
    void countsSayWhatEachSectionHoldsAndCompletedActionsAreListedWhenAsked() {
        browser.signIn("secretariat");
        browser.open("/actions/mine.xhtml");
        Matcher counts = Pattern.compile("Outstanding: (\\d+), of which (\\d+) overdue\\. Completed or closed: (\\d+)\\.")
                .matcher(browser.find(By.id("mineCount")).getText());
        assertTrue(counts.find(), browser.find(By.id("mineCount")).getText());
        int outstanding = Integer.parseInt(counts.group(1));
        int overdue = Integer.parseInt(counts.group(2));
        int closed = Integer.parseInt(counts.group(3));
        assertTrue(outstanding > 0 && closed > 0, "the secretariat owns both kinds on the demo record: " + counts.group());
        assertEquals("Outstanding (" + outstanding + ")", browser.find(By.id("outstandingHeading")).getText());
        assertEquals("Completed or closed (" + closed + ")", browser.find(By.id("closedHeading")).getText());

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#outstandingActions tbody tr[data-ref]"));
        assertEquals(outstanding, rows.size(), "every outstanding action is listed");
        List<Boolean> overdueRows = rows.stream().map(r -> !r.findElements(By.cssSelector(".tag--overdue")).isEmpty()).toList();
        assertEquals(overdue, overdueRows.stream().filter(o -> o).count());
        assertEquals(overdueRows.stream().sorted(Comparator.reverseOrder()).toList(), overdueRows, "overdue ones first");
        assertTrue(browser.driver().findElements(By.id("closedActions")).isEmpty(), "completed ones are read only when asked for");

        browser.click(By.id("showClosed"));
        browser.waitForUrl("closed=true");
        List<WebElement> closedRows = browser.driver().findElements(By.cssSelector("#closedActions tbody tr[data-ref]"));
        assertEquals(Math.min(closed, 25), closedRows.size());
        for (WebElement closedRow : closedRows) {
            String status = closedRow.findElement(By.cssSelector(".tag")).getText();
            assertTrue(!status.equals("Open") && !status.equals("In progress"), status);
        }
        assertEquals(outstanding, browser.driver().findElements(By.cssSelector("#outstandingActions tbody tr[data-ref]")).size(),
                "the outstanding list stays as it was");
        browser.assertAccessible();
        browser.screenshot("actions-mine-completed");

        browser.click(By.id("hideClosed"));
        browser.waitFor(By.id("showClosed"));
        assertTrue(browser.driver().findElements(By.id("closedActions")).isEmpty());
    }

    @Test
    void emptySaveIsExplainedNextToTheNoteAndLeavingWithTypedTextAsksFirst() {
        browser.signIn("lead");
        browser.open("/actions/mine.xhtml");
        openFormOf("15/5/2");
        browser.click(By.id("progress:save"));

        browser.waitForText(By.id("summary"), "Write a progress note or choose a new status");
        assertTrue(browser.find(By.id("progress:noteError")).getText().contains("Write a progress note"));
        assertTrue(browser.find(By.id("updateHeading")).getText().contains("15/5/2"), "the form stays open");
        browser.assertAccessible();

        browser.type(By.id("progress:note"), "Half written");
        assertTrue(browser.asksBeforeLeaving(), "a note typed and not saved: opening another action's form asks first");
    }

    @Test
    void anActionsFormIsOpenedAndSentByKeyboard() {
        browser.signIn("lead");
        browser.open("/actions/mine.xhtml");
        String open = row("15/5/2").findElement(By.cssSelector("a.button")).getAttribute("id");
        browser.activateByKeyboard(open, 150);
        browser.waitFor(By.id("updateHeading"));
        waitForFocusOn("updateHeading");
        for (String next : List.of("progress:status", "progress:note", "progress:save")) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertEquals(next, browser.driver().executeScript("return document.activeElement.id;"));
        }
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitForText(By.id("summary"), "Write a progress note or choose a new status");
    }

    @Test
    void conflictOnMyActionsShowsBothVersionsAndKeepsTheNote() {
        browser.signIn("lead");
        browser.open("/actions/mine.xhtml");
        openFormOf("15/5/2");
        secretariatSavesANote("15/5/2", "Secretariat asked for the exemplars by Friday");
        String mine = "Exemplars with the workstream for comment";
        browser.type(By.id("progress:note"), mine);
        browser.click(By.id("progress:save"));

        browser.waitForText(By.id("summary"), "Someone else saved this while you were editing");
        String conflict = browser.find(By.cssSelector(".conflict")).getText();
        assertTrue(conflict.contains("Secretariat asked for the exemplars by Friday"), conflict);
        assertTrue(conflict.contains(mine), conflict);
        assertEquals(mine, browser.find(By.id("progress:note")).getAttribute("value"));
        browser.assertAccessible();

        browser.click(By.id("progress:save"));
        browser.waitForText(By.id("summary"), "Progress on 15/5/2 saved.");
        assertTrue(row("15/5/2").getText().contains(mine));
    }

    @Test
    void myActionsWithAFormOpenAndCompletedShownFitAPhone() {
        browser.signIn("secretariat");
        browser.driver().manage().window().setSize(new Dimension(390, 900));
        try {
            browser.open("/actions/mine.xhtml?closed=true");
            String first = browser.find(By.cssSelector("#outstandingActions tbody tr[data-ref] a.button")).getAttribute("href");
            browser.driver().get(first);
            browser.find(By.id("progress:note"));
            browser.find(By.id("closedActions"));
            assertEquals(390L, browser.driver().executeScript("return window.innerWidth;"));
            assertTrue((Boolean) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"), "no sideways scrolling");
            browser.assertAccessible();
            browser.screenshot("actions-mine-phone");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private WebElement row(String reference) {
        return browser.find(By.cssSelector("#outstandingActions tr[data-ref='" + reference + "']"));
    }

    private String refLinkOf(String reference) {
        return row(reference).findElement(By.cssSelector("th a")).getAttribute("id");
    }

    /** The row's Update link opens its form under it, with the focus on the form's heading. */
    private void openFormOf(String reference) {
        row(reference).findElement(By.cssSelector("a.button")).click();
        browser.waitForText(By.id("updateHeading"), "Report progress on " + reference);
        waitForFocusOn("updateHeading");
    }

    private void waitForFocusOn(String id) {
        browser.waiting().until(d -> id.equals(browser.driver().executeScript(
                "return document.activeElement ? document.activeElement.id : null;")));
    }

    @Test
    void conflictingSaveShowsBothVersionsAndKeepsTheNote() {
        browser.signIn("lead");
        browser.open("/actions/view.xhtml?ref=15/4ii/3");
        browser.find(By.id("update:note"));
        secretariatSavesANote("15/4ii/3", "Secretariat chased workstream 5 for its summary");
        String mine = "Workstream 3 summary revised after the February meeting";
        browser.type(By.id("update:note"), mine);
        browser.click(By.id("update:save"));

        browser.waitForText(By.id("summary"), "Someone else saved this while you were editing");
        String conflict = browser.find(By.cssSelector(".conflict")).getText();
        assertTrue(conflict.contains("Secretariat chased workstream 5 for its summary"), conflict);
        assertTrue(conflict.contains(mine), conflict);
        assertEquals(mine, browser.find(By.id("update:note")).getAttribute("value"));
        browser.assertAccessible();
        browser.screenshot("actions-view-conflict");

        browser.click(By.id("update:save"));
        browser.waitForText(By.id("summary"), "Progress saved.");
        assertTrue(browser.find(By.id("progress")).getText().contains(mine));
    }

    @Test
    void leadsNoteOnAnActionCoveredUnderAnotherItemLeavesItsStatus() {
        browser.signIn("lead");
        browser.open("/actions/view.xhtml?ref=14/2/2");
        assertEquals("Covered under another item",
                new Select(browser.find(By.id("update:status"))).getFirstSelectedOption().getText());

        browser.type(By.id("update:note"), "Picked up in the performance paper at item 5");
        browser.click(By.id("update:save"));

        browser.waitForText(By.id("summary"), "Progress saved.");
        assertTrue(browser.find(By.id("status")).getText().contains("Covered under another item"));
        assertTrue(browser.find(By.id("progress")).getText().contains("Picked up in the performance paper"));
        assertEquals("Covered under another item",
                new Select(browser.find(By.id("update:status"))).getFirstSelectedOption().getText());
        browser.assertAccessible();
        browser.screenshot("actions-view-note-keeps-status");
    }

    @Test
    void emptyUpdateIsExplainedNextToTheNote() {
        browser.signIn("lead");
        browser.open("/actions/view.xhtml?ref=15/6/1");
        browser.click(By.id("update:save"));

        browser.waitForText(By.id("summary"), "Write a progress note or choose a new status");
        assertTrue(browser.find(By.id("update:noteError")).getText().contains("Write a progress note"));
        browser.assertAccessible();
        browser.screenshot("actions-view-empty-update");
    }

    @Test
    void memberSeesAnActionTheyDoNotOwnReadOnly() {
        browser.signIn("member");
        browser.open("/actions/view.xhtml?ref=15/4i/1");

        assertTrue(browser.find(By.id("readOnly")).getText().contains("Only the owners"));
        assertTrue(browser.driver().findElements(By.id("update")).isEmpty());
        assertTrue(browser.find(By.id("facts")).getText().contains("IS"));
        assertTrue(browser.find(By.id("facts")).getText().contains("February 2019"));
        browser.assertAccessible();
        browser.screenshot("actions-view-read-only");
    }

    @Test
    void unknownActionIsNotFound() {
        browser.signIn("member");
        browser.open("/actions/view.xhtml?ref=99/9/9");
        assertTrue(browser.bodyText().contains("Page not found"));
        browser.open("/actions/view.xhtml?id=987654");
        assertTrue(browser.bodyText().contains("Page not found"));
    }

    @Test
    void saveButtonIsReachedByKeyboard() {
        browser.signIn("lead");
        browser.open("/actions/view.xhtml?ref=15/6/1");
        browser.activateByKeyboard("update:save", 60);
        browser.waitForText(By.id("summary"), "Write a progress note or choose a new status");
        assertEquals("", browser.find(By.id("update:note")).getAttribute("value"));
    }

    /** The secretariat, in a browser of its own, saves a progress note on this action meanwhile. */
    private void secretariatSavesANote(String reference, String note) {
        try (Browser secretariat = Browser.another(app)) {
            secretariat.signIn("secretariat");
            secretariat.open("/actions/view.xhtml?ref=" + reference);
            secretariat.type(By.id("update:note"), note);
            secretariat.click(By.id("update:save"));
            secretariat.waitForText(By.id("summary"), "Progress saved.");
        }
    }
}
