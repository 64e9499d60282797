package scot.cpib.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.Browser;
import scot.cpib.it.BrowserSession;

/**
 * "My actions" and the action page, as the demo lead (Mark McAteer: SFRS, Workstream Leads, CPIB
 * members) and a member. Changes only 15/4ii/3, 15/5/2 and 14/2/2.
 */
class MyActionsUiIT extends BrowserSession {

    @Test
    void leadReportsProgressFromMyActionsAndSeesItInTheChangeHistory() {
        browser.signIn("lead");
        browser.open("/actions/mine.xhtml");
        browser.find(By.cssSelector("section[data-ref='15/4ii/3']"));
        browser.find(By.cssSelector("section[data-ref='15/5/2']"));
        assertTrue(browser.find(By.cssSelector("section[data-ref='15/4ii/3']")).getText().contains("Overdue"));
        browser.assertAccessible();
        browser.screenshot("actions-mine-lead");

        String note = "Workstream 3 summary sent to the secretariat";
        new Select(browser.find(By.cssSelector("section[data-ref='15/4ii/3'] select"))).selectByVisibleText("In progress");
        browser.driver().findElement(By.cssSelector("section[data-ref='15/4ii/3'] textarea")).sendKeys(note);
        browser.driver().findElement(By.cssSelector("section[data-ref='15/4ii/3'] input[type='submit']")).click();
        browser.waitForText(By.id("summary"), "Progress on 15/4ii/3 saved.");
        assertTrue(browser.find(By.cssSelector("section[data-ref='15/4ii/3']")).getText().contains(note));

        new Select(browser.find(By.cssSelector("section[data-ref='15/5/2'] select"))).selectByVisibleText("In progress");
        browser.driver().findElement(By.cssSelector("section[data-ref='15/5/2'] textarea")).sendKeys("Two exemplars drafted");
        browser.driver().findElement(By.cssSelector("section[data-ref='15/5/2'] input[type='submit']")).click();
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
    void conflictingSaveShowsBothVersionsAndKeepsTheNote() {
        browser.signIn("lead");
        browser.open("/actions/view.xhtml?ref=15/4ii/3");
        browser.find(By.id("update:note"));
        try (Browser secretariat = Browser.another(app)) {
            secretariat.signIn("secretariat");
            secretariat.open("/actions/view.xhtml?ref=15/4ii/3");
            secretariat.type(By.id("update:note"), "Secretariat chased workstream 5 for its summary");
            secretariat.click(By.id("update:save"));
            secretariat.waitForText(By.id("summary"), "Progress saved.");
        }
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
}
