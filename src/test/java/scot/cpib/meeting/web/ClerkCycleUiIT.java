package scot.cpib.meeting.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.ApiClient;
import scot.cpib.it.BrowserSession;
import scot.cpib.reporting.PdfInspection;

/**
 * The clerk's cycle on a new meeting of the test's own, as issue 10 asks: an agenda of three items
 * with a text paper, the pack issued, minute text typed into two items with one Save pressed and
 * nothing lost (leaving with unsaved text asks first, the page returns to the item saved), the pack still issuable with a late paper,
 * an action's note leaving its status unchanged, and a removal that asks first. The Word paper of
 * the same walk, and the papers' text printed in the pack on a machine without LibreOffice, are the
 * office papers' part (issue 10 point 3).
 */
class ClerkCycleUiIT extends BrowserSession {


    @Test
    void clerkIssuesThePackWritesTheMinuteIssuesALatePaperAndNothingChangesOrGoesUnasked() throws IOException {
        browser.signIn("secretariat");
        String meetingId = browser.planNextMeetingInTheFuture();
        for (String item : new String[] {"Cycle budget", "Cycle engagement", "Cycle risks"}) {
            addItem(meetingId, item);
        }
        upload(meetingId, "Cycle budget", "Budget note", "The budget note of the cycle test, as typed.");

        browser.open("/meetings/view.xhtml?id=" + meetingId);
        assertTrue(browser.driver().findElements(By.id("cycle:markHeld")).isEmpty(), "not offered before the meeting's day");
        assertTrue(browser.find(By.id("markHeldNotYet")).getText().contains("offered from the day of the meeting"));
        issuePack(meetingId, "Version 1 of the agenda pack is issued");

        browser.open("/meetings/minute-edit.xhtml?id=" + meetingId);
        assertFalse(browser.asksBeforeLeaving(), "nothing typed: leaving does not ask");
        String first = "The Board noted the cycle's timetable.";
        String third = "The Board discussed the cycle budget.";
        browser.type(narrative(1), first);
        assertTrue(browser.asksBeforeLeaving(), "text typed and not saved: leaving or reloading asks first");
        browser.type(narrative(3), third);
        browser.click(By.cssSelector("#item-3 input[id$=':entry:save']"));
        browser.waitForText(By.id("summary"), "Items 1 and 3 saved.");
        assertEquals("heading-3", browser.driver().switchTo().activeElement().getAttribute("id"), "focus is back at item 3");
        String place = (String) browser.driver().executeScript("var r = document.getElementById('heading-3').getBoundingClientRect();"
                + " return (r.top > -1 && r.bottom <= window.innerHeight && window.scrollY > 0) + ' top ' + r.top"
                + " + ' scrolled ' + window.scrollY + ' of ' + window.innerHeight;");
        assertTrue(place.startsWith("true"), "item 3 is in view, not the top of the page: " + place);
        assertFalse(browser.asksBeforeLeaving(), "everything saved: leaving does not ask");
        browser.open("/meetings/minute-edit.xhtml?id=" + meetingId);
        assertEquals(first, browser.find(narrative(1)).getAttribute("value"), "item 1's text was saved by item 3's Save");
        assertEquals(third, browser.find(narrative(3)).getAttribute("value"));
        browser.assertAccessible();

        String second = "The Board welcomed the engagement plan.";
        browser.type(narrative(2), second);
        browser.type(By.cssSelector("#item-3 textarea[id$=':newAction:description']"), "Circulate the cycle budget");
        browser.type(By.cssSelector("#item-3 input[id$=':newAction:owners']"), "Improvement Service");
        browser.click(By.cssSelector("#item-3 input[id$=':newAction:add']"));
        browser.waitForText(By.id("summary"), "added.");
        assertTrue(browser.find(By.id("summary")).getText().contains("Item 2 saved."), "adding an action keeps the text typed elsewhere");
        Matcher added = Pattern.compile("Action (\\S+) added\\.").matcher(browser.find(By.id("summary")).getText());
        assertTrue(added.find(), browser.find(By.id("summary")).getText());
        String reference = added.group(1);
        browser.type(By.cssSelector("#item-2 textarea[id$=':newAction:description']"), "Draft the engagement timetable");
        browser.type(By.cssSelector("#item-2 input[id$=':newAction:owners']"), "Nobody Known At All");
        browser.click(By.cssSelector("#item-2 input[id$=':newAction:add']"));
        browser.waitForText(By.id("summary"), "There is no person, organisation or group called");
        assertTrue(browser.asksBeforeLeaving(), "an action refused and kept in the form still asks before leaving");
        browser.open("/meetings/minute-edit.xhtml?id=" + meetingId);
        assertEquals(second, browser.find(narrative(2)).getAttribute("value"));
        browser.click(By.cssSelector("#item-3 input[id$=':act:remove']"));
        assertTrue(browser.find(By.cssSelector("#item-3 .confirm")).getText().contains("Remove action " + reference + " from the minute?"));
        browser.click(By.cssSelector("#item-3 input[id$=':act:keepAction']"));
        browser.waiting()
                .until(driver -> driver.findElements(By.cssSelector("#item-3 .confirm")).isEmpty());
        assertTrue(browser.find(By.id("actions-3")).getText().contains("Action " + reference), "asked, kept, not removed");

        browser.open("/meetings/view.xhtml?id=" + meetingId);
        assertEquals("Agenda issued", browser.find(By.id("status")).getText(), "minute text before the meeting does not hold it");
        upload(meetingId, "Cycle engagement", "Late engagement note", "The late engagement note, sent as a supplement.");
        browser.open("/meetings/pack.xhtml?meeting=" + meetingId);
        assertTrue(browser.find(By.id("latePapers")).getText().contains("Late engagement note"));
        issuePack(meetingId, "Version 2 of the agenda pack is issued");
        try (PDDocument v2 = Loader.loadPDF(pdf("/api/v1/meetings/" + meetingId + "/packs/2.pdf"))) {
            String text = PdfInspection.allText(v2);
            assertTrue(text.contains("The budget note of the cycle test, as typed."), "the text paper is printed in the pack");
            assertTrue(text.contains("Supplement 1") && text.contains("Late engagement note"), "the late paper is in supplement 1");
        }

        browser.open("/actions/view.xhtml?ref=" + reference);
        new Select(browser.find(By.id("update:status"))).selectByVisibleText("In progress");
        browser.click(By.id("update:save"));
        browser.waitForText(By.id("summary"), "Progress saved.");
        browser.type(By.id("update:note"), "Budget sent to the finance leads");
        browser.click(By.id("update:save"));
        browser.waitForText(By.id("summary"), "Progress saved.");
        assertTrue(browser.find(By.id("status")).getText().contains("In progress"), "a note alone leaves the status");
        assertEquals("In progress", new Select(browser.find(By.id("update:status"))).getFirstSelectedOption().getText());

        browser.open("/meetings/agenda.xhtml?id=" + meetingId);
        String risks = rowButton("Cycle risks", "remove");
        browser.click(By.id(risks));
        browser.waitFor(By.id("removeConfirm"));
        assertTrue(browser.find(By.id("removeQuestion")).getText().contains("“Cycle risks”"));
        assertTrue(browser.find(By.id("agenda")).getText().contains("Cycle risks"), "nothing removed on one click");
        browser.assertAccessible();
        browser.screenshot("agenda-remove-asks-first");
        browser.click(By.id("agenda:cancelRemove"));
        browser.waiting()
                .until(driver -> driver.findElements(By.id("removeConfirm")).isEmpty());
        assertTrue(browser.find(By.id("agenda")).getText().contains("Cycle risks"), "cancel keeps the item");
        browser.click(By.id(rowButton("Cycle risks", "remove")));
        browser.activateByKeyboard("agenda:confirmRemove", 80);
        browser.waitForText(By.id("summary"), "Cycle risks");
        assertFalse(browser.find(By.id("agenda")).getText().contains("Cycle risks"));
    }

    private static By narrative(int item) {
        return By.cssSelector("#item-" + item + " textarea[id$=':entry:narrative']");
    }

    private void addItem(String meetingId, String item) {
        browser.open("/meetings/agenda.xhtml?id=" + meetingId);
        browser.type(By.id("item:title"), item);
        new Select(browser.find(By.id("item:purpose"))).selectByVisibleText("For decision");
        browser.click(By.id("item:saveItem"));
        browser.waitForText(By.id("summary"), item);
    }

    private void upload(String meetingId, String item, String title, String text) throws IOException {
        browser.open("/meetings/agenda.xhtml?id=" + meetingId);
        Path file = Files.createTempFile("cycle-test", ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Select items = new Select(browser.find(By.id("paper:paperItem")));
            items.getOptions().stream().filter(o -> o.getText().endsWith(item)).findFirst().orElseThrow().click();
            browser.type(By.id("paper:paperTitle"), title);
            browser.find(By.id("paper:file")).sendKeys(file.toString());
            browser.click(By.id("paper:upload"));
            browser.waitForText(By.id("summary"), "uploaded");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void issuePack(String meetingId, String done) {
        browser.open("/meetings/pack.xhtml?meeting=" + meetingId);
        browser.click(By.id("issue:issuePack"));
        browser.waitForText(By.id("summary"), done);
    }

    /** The id of a button in the agenda row whose item has the title. */
    private String rowButton(String title, String button) {
        return browser.driver().findElements(By.cssSelector("#agenda tbody tr")).stream()
                .filter(row -> row.getText().contains(title)).findFirst().orElseThrow()
                .findElement(By.cssSelector("input[id$=':" + button + "']")).getAttribute("id");
    }

    private static byte[] pdf(String path) {
        HttpResponse<byte[]> response = new ApiClient(app).getBytes(path, "secretariat");
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
