package scot.cpib.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import scot.cpib.it.BrowserSession;

/**
 * Owners and attendees as the minute writes them: the secretariat adds an organisation from the owner
 * field without leaving the minute editor, "Chair" is the chair on the meeting's day, and the attendance
 * page takes guests and substitutes, starting from "mark all present". Named to run (alphabetically)
 * before {@code MattersArisingUiIT}, which approves the November minute and so locks it against new actions.
 */
class ActionOwnersAsWrittenUiIT extends BrowserSession {

    private static final By NEW_DESCRIPTION = By.cssSelector("#item-1 textarea[id$=':newAction:description']");
    private static final By NEW_OWNERS = By.cssSelector("#item-1 input[id$=':newAction:owners']");
    private static final By NEW_ADD = By.cssSelector("#item-1 input[id$=':newAction:add']");
    private static final By QUICK_NAME = By.id("minute:quickAddName");

    @Test
    void theSecretariatAddsCoslaAsAnOwnerFromTheMinuteEditorAndChairResolvesToSteveGrimmondIn2018() {
        browser.signIn("secretariat");
        long november = DemoMeetings.id(15);
        browser.open("/meetings/minute-edit.xhtml?id=" + november);
        String description = "Invite COSLA to nominate a member of the Board";
        browser.type(NEW_DESCRIPTION, description);
        browser.type(NEW_OWNERS, "COSLA/Chair");
        browser.click(NEW_ADD);
        browser.waitForText(By.cssSelector("#new-action-1 .error-message"), "There is no person, organisation or group called “COSLA”");
        assertEquals("COSLA", browser.find(QUICK_NAME).getAttribute("value"), "the quick add starts with the unknown name");
        assertEquals(description, browser.find(NEW_DESCRIPTION).getAttribute("value"));

        browser.click(By.id("minute:quickAddSubmit"));
        browser.waitForText(By.id("summary"), "COSLA has been added.");
        assertEquals(description, browser.find(NEW_DESCRIPTION).getAttribute("value"), "nothing typed in the action form is lost");
        assertEquals("COSLA/Chair", browser.find(NEW_OWNERS).getAttribute("value"));
        assertTrue(String.valueOf(browser.driver().executeScript("return document.activeElement.id")).endsWith(":newAction:owners"),
                "back at the owner field that named COSLA");
        assertTrue(browser.asksBeforeLeaving(), "the action is not added yet: leaving asks first");
        browser.assertAccessible();

        browser.click(NEW_ADD);
        browser.waitForText(By.id("summary"), "Action 15/1/");
        Matcher added = Pattern.compile("Action (15/1/\\d+) added\\.").matcher(browser.find(By.id("summary")).getText());
        assertTrue(added.find(), browser.find(By.id("summary")).getText());
        String reference = added.group(1);
        String key = reference.replace('/', '_');
        assertEquals("COSLA/Chair (Steve Grimmond)",
                browser.find(By.cssSelector("#action-" + key + " input[id$=':owners']")).getAttribute("value"),
                "Chair is the chair on 28 November 2018, shown as written");

        browser.type(QUICK_NAME, " cosla ");
        browser.click(By.id("minute:quickAddSubmit"));
        browser.waitForText(By.id("summary"), "An organisation called COSLA already exists – use it?");
        browser.assertAccessible();
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.find(By.id("quickAdd")));
        browser.screenshot("minute-edit-quick-add-duplicate");
        browser.driver().manage().window().setSize(new Dimension(390, 900));
        Rectangle use = browser.find(By.id("minute:quickAddUse")).getRect();
        assertTrue(use.getX() + use.getWidth() <= 390, "the quick add fits a 390 px screen: " + use);
        browser.screenshot("minute-edit-quick-add-390");
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        browser.click(By.id("minute:quickAddUse"));
        browser.waitForText(By.id("summary"), "Use COSLA: it is in the list of owners.");

        browser.open("/meetings/minute.xhtml?id=" + november);
        WebElement row = browser.find(By.xpath("//tr[th[normalize-space(.)='" + reference + "']]"));
        assertTrue(row.getText().contains("COSLA/Chair (Steve Grimmond)"), row.getText());

        browser.open("/meetings/minute-edit.xhtml?id=" + november);
        browser.click(By.cssSelector("#action-" + key + " input[id$=':remove']"));
        browser.click(By.cssSelector("#action-" + key + " input[id$=':confirmRemove']"));
        browser.waitForText(By.id("summary"), "removed");
    }

    @Test
    void theSecretariatMarksAllPresentThenRecordsApologiesAGuestAndASubstitute() {
        browser.signIn("secretariat");
        String meetingId = browser.planNextMeetingInTheFuture();
        browser.open("/meetings/attendance.xhtml?id=" + meetingId);
        browser.click(By.id("attendance:markAllPresent"));
        browser.waitForText(By.id("summary"), "members marked present");
        assertTrue(radio("David Martin", "Present").isSelected());
        assertTrue(radio("Steve Grimmond", "Present").isSelected());
        choose("David Martin", "Apologies");

        String guest = "Sandy Standin " + meetingId;
        browser.click(By.xpath("//fieldset[legend[normalize-space(.)='What are you adding?']]//label[normalize-space(.)='A person']"));
        browser.type(By.id("attendance:quickAddName"), guest);
        browser.click(By.id("attendance:quickAddSubmit"));
        browser.waitForText(By.id("summary"), guest + " has been added.");
        assertTrue(radio("David Martin", "Apologies").isSelected(), "the choices made before the quick add are kept");
        assertTrue(radio(guest, "In attendance").isSelected(), "the new person joins the list in attendance");
        choose(guest, "Present");
        WebElement substituteFor = browser.find(By.xpath(fieldset(guest) + "//select"));
        new org.openqa.selenium.support.ui.Select(substituteFor).selectByVisibleText("David Martin, SOLACE");
        browser.assertAccessible();
        browser.screenshot("meeting-attendance-substitute");

        browser.click(By.id("attendance:save"));
        browser.waitForText(By.id("summary"), "Attendance saved");
        String present = browser.find(By.cssSelector("ul[aria-labelledby='attendance-PRESENT']")).getText();
        assertTrue(present.contains(guest + ", SOLACE (substitute for David Martin)"), present);
        assertTrue(present.contains("Fraser McKinlay, Audit Scotland"), present);
        String apologies = browser.find(By.cssSelector("ul[aria-labelledby='attendance-APOLOGIES']")).getText();
        assertTrue(apologies.contains("David Martin, SOLACE (substitute: " + guest + ")"), "apologies as given: " + apologies);
    }

    private static String fieldset(String person) {
        return "//fieldset[starts-with(normalize-space(legend), '" + person + "')]";
    }

    private WebElement radio(String person, String kind) {
        WebElement label = browser.find(By.xpath(fieldset(person) + "//label[normalize-space(.)='" + kind + "']"));
        return browser.find(By.id(label.getAttribute("for")));
    }

    private void choose(String person, String kind) {
        browser.click(By.xpath(fieldset(person) + "//label[normalize-space(.)='" + kind + "']"));
    }
}
