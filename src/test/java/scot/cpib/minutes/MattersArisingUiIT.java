package scot.cpib.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.Browser;
import scot.cpib.it.BrowserSession;

/** "Minute & Matters Arising" at the 16th meeting: November's open actions, progress, and approving November's minute. */
class MattersArisingUiIT extends BrowserSession {

    @Test
    void openNovemberActionsAreListedWithLatestProgressForAMember() {
        browser.signIn("member");
        long february = DemoMeetings.id(16);
        browser.open("/meetings/matters-arising.xhtml?id=" + february);
        WebElement november = browser.find(By.id("outstanding-15"));
        assertTrue(november.getText().contains("Outstanding actions from the 15th meeting"));
        WebElement engagement = browser.find(By.id("row-15_4iii_1"));
        assertTrue(engagement.getText().contains("Develop engagement strategy"));
        assertTrue(engagement.getText().contains("Board secretariat (Improvement Service), 28 February 2019"));
        assertTrue(browser.find(By.id("row-15_4ii_3")).getText().contains("Overdue"), "Dec 2018 is overdue by 28 February 2019");
        assertFalse(browser.find(By.id("row-15_4iii_1")).getText().contains("Overdue"), "Feb 2019 is not overdue at the February meeting");
        assertTrue(browser.find(By.id("outstanding-14")).getText().contains("14/2/1"));
        assertTrue(browser.driver().findElements(By.cssSelector("textarea[id$=':progress:note']")).isEmpty(), "members only read");
        assertTrue(browser.driver().findElements(By.id("approve")).isEmpty(), "members cannot approve");
        browser.assertAccessible();
        browser.screenshot("matters-arising-member");
    }

    @Test
    void secretariatRecordsProgressOnAnActionInItsRow() {
        browser.signIn("secretariat");
        long february = DemoMeetings.id(16);
        browser.open("/meetings/matters-arising.xhtml?id=" + february);
        browser.assertAccessible();
        String note = "WWS findings cross-checked against the CPP support offer; gaps reported under item 5.";
        browser.type(By.cssSelector("#row-15_7_2 textarea[id$=':progress:note']"), note);
        new Select(browser.find(By.cssSelector("#row-15_7_2 select[id$=':progress:status']"))).selectByVisibleText("In progress");
        browser.click(By.cssSelector("#row-15_7_2 input[id$=':progress:save']"));
        browser.waitForText(By.id("summary"), "Progress on 15/7/2 recorded.");
        WebElement row = browser.find(By.id("row-15_7_2"));
        assertTrue(row.getText().contains(note));
        assertTrue(row.getText().contains("Emily Lynch"));
        assertTrue(row.getText().contains("In progress"));
        browser.assertAccessible();
        browser.driver().executeScript("arguments[0].scrollIntoView()", row);
        browser.screenshot("matters-arising-progress-recorded");
    }

    @Test
    void oneSaveRecordsTheNoteTypedInEveryRowAndReturnsToTheRow() {
        browser.signIn("secretariat");
        long february = DemoMeetings.id(16);
        browser.open("/meetings/matters-arising.xhtml?id=" + february);
        String second = "Statement 1.2 drafted with the IS " + System.nanoTime();
        String third = "Statement 1.3 drafted with the IS " + System.nanoTime();
        String statusBefore = browser.find(By.cssSelector("#row-15_4i_2 td:nth-of-type(4)")).getText();
        browser.type(note("15_4i_2"), second);
        assertTrue(browser.asksBeforeLeaving(), "a note typed and not saved: leaving asks first");
        browser.type(note("15_4i_3"), third);
        browser.click(By.cssSelector("#row-15_4i_3 input[id$=':progress:save']"));
        browser.waitForText(By.id("summary"), "Progress on 15/4i/3 recorded.");
        assertTrue(browser.find(By.id("summary")).getText().contains("Progress on 15/4i/2 recorded."), "the other row's note is kept too");
        assertEquals("row-15_4i_3", browser.driver().executeScript("return document.activeElement.closest('tr').id"),
                "focus is back in the row saved");
        assertFalse(browser.asksBeforeLeaving());
        browser.open("/meetings/matters-arising.xhtml?id=" + february);
        assertTrue(browser.find(By.id("row-15_4i_2")).getText().contains(second));
        assertTrue(browser.find(By.id("row-15_4i_3")).getText().contains(third));
        assertEquals(statusBefore, browser.find(By.cssSelector("#row-15_4i_2 td:nth-of-type(4)")).getText(), "a note saved with another row's Save leaves the status");
    }

    private static By note(String row) {
        return By.cssSelector("#row-" + row + " textarea[id$=':progress:note']");
    }

    @Test
    void progressRecordedMeanwhileIsShownBesideMineAndMyNoteIsKept() {
        browser.signIn("secretariat");
        long february = DemoMeetings.id(16);
        browser.open("/meetings/matters-arising.xhtml?id=" + february);
        try (Browser other = Browser.another(app)) {
            other.signIn("admin");
            other.open("/meetings/matters-arising.xhtml?id=" + february);
            other.type(By.cssSelector("#row-15_4i_1 textarea[id$=':progress:note']"), "Statement 1.1 redrafted by the IS.");
            other.click(By.cssSelector("#row-15_4i_1 input[id$=':progress:save']"));
            other.waitForText(By.id("summary"), "Progress on 15/4i/1 recorded.");
        }
        String mine = "Wording of statement 1.1 agreed with the chair.";
        browser.type(By.cssSelector("#row-15_4i_1 textarea[id$=':progress:note']"), mine);
        browser.click(By.cssSelector("#row-15_4i_1 input[id$=':progress:save']"));
        browser.waitForText(By.id("summary"), "Action 15/4i/1: Someone else saved this while you were editing");
        assertTrue(browser.find(By.cssSelector("#row-15_4i_1 .theirs-progress")).getText().contains("Statement 1.1 redrafted by the IS."));
        assertTrue(mine.equals(browser.find(By.cssSelector("#row-15_4i_1 textarea[id$=':progress:note']")).getAttribute("value")));
        browser.assertAccessible();

        browser.click(By.cssSelector("#row-15_4i_1 input[id$=':progress:save']"));
        browser.waitForText(By.id("summary"), "Progress on 15/4i/1 recorded.");
        assertTrue(browser.find(By.id("row-15_4i_1")).getText().contains(mine));
    }

    @Test
    void aNoteTypedAfterAnotherActionLeftTheListIsSavedOnTheActionOfItsRow() {
        browser.signIn("secretariat");
        long february = DemoMeetings.id(16);
        browser.open("/meetings/matters-arising.xhtml?id=" + february);
        List<String> rows = browser.driver().findElements(By.cssSelector("#outstanding-15 tbody tr")).stream()
                .map(row -> row.getAttribute("id")).toList();
        String leaving = rows.get(0).substring("row-".length());
        String mine = rows.get(2).substring("row-".length());
        String below = rows.get(3).substring("row-".length());
        String leavingRef = leaving.replace('_', '/');
        String statusBefore;
        try (Browser other = Browser.another(app)) {
            other.signIn("admin");
            other.open("/actions/view.xhtml?ref=" + leavingRef);
            statusBefore = new Select(other.find(By.id("update:status"))).getFirstSelectedOption().getText();
            new Select(other.find(By.id("update:status"))).selectByVisibleText("Complete");
            other.click(By.id("update:save"));
            other.waitForText(By.id("summary"), "Progress saved.");
            try {
                String note = "Typed while " + leavingRef + " was completed elsewhere " + System.nanoTime();
                browser.type(note(mine), note);
                browser.click(By.cssSelector("#row-" + mine + " input[id$=':progress:save']"));
                browser.waitForText(By.id("summary"), "Progress on " + mine.replace('_', '/') + " recorded.");
                assertTrue(browser.find(By.id("row-" + mine)).getText().contains(note), "the note is shown in the row it was typed in");
                assertEquals("Complete", browser.find(By.cssSelector("#row-" + leaving + " td:nth-of-type(4)")).getText(),
                        "the rows stay those the page showed, the completed one with its new status");
                browser.open("/meetings/matters-arising.xhtml?id=" + february);
                assertTrue(browser.find(By.id("row-" + mine)).getText().contains(note), "saved on the action of its row");
                assertFalse(browser.find(By.id("row-" + below)).getText().contains(note), "not on the action below it");
                assertTrue(browser.driver().findElements(By.id("row-" + leaving)).isEmpty(), "a completed action is no longer outstanding");
            } finally {
                other.open("/actions/view.xhtml?ref=" + leavingRef);
                new Select(other.find(By.id("update:status"))).selectByVisibleText(statusBefore);
                other.click(By.id("update:save"));
                other.waitForText(By.id("summary"), "Progress saved.");
            }
        }
    }

    @Test
    void emptyProgressIsExplainedNextToTheNote() {
        browser.signIn("secretariat");
        long february = DemoMeetings.id(16);
        browser.open("/meetings/matters-arising.xhtml?id=" + february);
        browser.click(By.cssSelector("#row-15_9_1 input[id$=':progress:save']"));
        browser.waitForText(By.id("summary"), "Write a progress note or choose a new status");
        assertTrue(browser.find(By.cssSelector("#row-15_9_1 .error-message")).getText().contains("Write a progress note"));
        browser.assertAccessible();
    }

    @Test
    void secretariatApprovesTheNovemberMinuteAtTheFebruaryMeetingInOneStepByKeyboard() {
        browser.signIn("secretariat");
        long february = DemoMeetings.id(16);
        long november = DemoMeetings.id(15);
        browser.open("/meetings/matters-arising.xhtml?id=" + february);
        assertTrue(browser.find(By.id("approve")).getText().contains("Approve the minute of the 15th meeting"));
        browser.activateByKeyboard("approve:submit", 40);
        browser.waitForText(By.id("summary"), "The minute of the 15th meeting is approved and locked.");
        assertTrue(browser.find(By.id("previousStatus")).getText()
                .contains("Approved on 28 February 2019 by The Board at the 16th meeting"));
        assertTrue(browser.driver().findElements(By.id("approve")).isEmpty());
        browser.assertAccessible();
        browser.screenshot("matters-arising-approved");

        browser.open("/meetings/minute.xhtml?id=" + november);
        assertTrue(browser.find(By.id("minuteStatus")).getText()
                .contains("Approved on 28 February 2019 by The Board at the 16th meeting"));
        browser.open("/meetings/minute-edit.xhtml?id=" + november);
        assertTrue(browser.find(By.id("lockedNote")).getText().contains("recorded as amendments"));
        assertTrue(browser.driver().findElements(By.cssSelector("input[id$=':newAction:add']")).isEmpty(),
                "no actions can be added to an approved minute");
        assertFalse(browser.driver().findElements(By.cssSelector("input[id$=':entry:reason']")).isEmpty(),
                "a change needs a reason");
        browser.assertAccessible();
        browser.screenshot("minute-edit-approved");
    }
}
