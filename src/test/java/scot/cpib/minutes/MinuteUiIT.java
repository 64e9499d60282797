package scot.cpib.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import scot.cpib.it.Browser;
import scot.cpib.it.BrowserSession;

/** The minute in the browser: the November 2018 read view, and the secretariat writing February 2019's. */
class MinuteUiIT extends BrowserSession {

    @Test
    void novemberMinuteShowsAttendanceAndEveryAgreedActionWithOwnerAndMonth() {
        browser.signIn("member");
        long november = DemoMeetings.id(15);
        browser.open("/meetings/minute.xhtml?id=" + november);
        assertTrue(browser.title().startsWith("Minute of the 15th meeting"));
        String present = browser.find(By.id("present")).getText();
        assertTrue(present.startsWith("Steve Grimmond (chair), SOLACE; "), present);
        assertTrue(present.contains("Emily Lynch, Improvement Service"), present);
        assertTrue(browser.find(By.id("apologies")).getText().contains("Audrey MacDougall, Scottish Government"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.minute__actions tbody tr"));
        assertEquals(16, rows.size());
        WebElement engagement = rows.stream().filter(r -> r.getText().startsWith("15/4iii/1")).findFirst().orElseThrow();
        assertTrue(engagement.getText().contains("Develop engagement strategy and incorporate within work programme"));
        assertEquals("IS", engagement.findElements(By.tagName("td")).get(1).getText());
        assertEquals("February 2019", engagement.findElements(By.tagName("td")).get(2).getText());
        assertTrue(browser.find(By.cssSelector("#actions-4ii caption")).getText().contains("item 4ii"));
        assertTrue(browser.find(By.id("item-4iii")).getText().contains("iii) Engagement Activity"));
        assertTrue(browser.driver().findElements(By.id("editMinute")).isEmpty(), "a member sees no edit link");
        browser.assertAccessible();
        browser.screenshot("minute-november-member");

        browser.open("/meetings/minute-edit.xhtml?id=" + november);
        assertTrue(browser.bodyText().contains("Page not found"), "a member cannot open the writing page");
    }

    @Test
    void publicCannotReadAnUnpublishedMinute() {
        browser.signIn("member");
        long november = DemoMeetings.id(15);
        browser.signOut();
        browser.open("/meetings/minute.xhtml?id=" + november);
        assertTrue(browser.bodyText().contains("Page not found"));
    }

    @Test
    void secretariatWritesAnItemAndAnActionDueInAMonthKeepingTypedTextOnError() {
        browser.signIn("secretariat");
        long february = DemoMeetings.id(16);
        browser.open("/meetings/minute-edit.xhtml?id=" + february);
        browser.assertAccessible();
        String narrative = "The Board considered the revised work programme.\n- Workstreams 1 to 8 reviewed\n- Measures of success added";
        browser.type(By.cssSelector("#item-3 textarea[id$=':entry:narrative']"), narrative);
        String decisions = "The Board agreed the revised work programme.\nIt asked leads for:\n1. a summary of the year\n2. measures of success";
        browser.type(By.cssSelector("#item-3 textarea[id$=':entry:decisions']"), decisions);
        browser.click(By.cssSelector("#item-3 input[id$=':entry:save']"));
        browser.waitForText(By.id("summary"), "Item 3 saved.");

        String description = "Circulate the agreed work programme to CPP chairs";
        browser.type(By.cssSelector("#item-3 textarea[id$=':newAction:description']"), description);
        browser.type(By.cssSelector("#item-3 input[id$=':newAction:owners']"), "Improvement Service");
        By due = By.cssSelector("#item-3 input[id$=':newAction:due:date']");
        browser.type(due, "end of spring");
        browser.click(By.cssSelector("#item-3 input[id$=':newAction:add']"));
        browser.waitForText(By.cssSelector("#new-action-3 .error-message"), "Enter a day such as 28 February 2019, or a month such as February 2019");
        assertEquals("end of spring", browser.find(due).getAttribute("value"), "the unreadable text stays in the field");
        assertEquals(description, browser.find(By.cssSelector("#item-3 textarea[id$=':newAction:description']")).getAttribute("value"));
        browser.assertAccessible();

        browser.type(due, "Jan 2019");
        browser.click(By.cssSelector("#item-3 input[id$=':newAction:add']"));
        browser.waitForText(By.id("summary"), "Item 3, new action: The due date cannot be before the meeting (28 February 2019)");
        WebElement fieldMessage = browser.find(By.cssSelector("#new-action-3 .error-message"));
        assertTrue(fieldMessage.getText().contains("cannot be before the meeting"));
        assertEquals(description, browser.find(By.cssSelector("#item-3 textarea[id$=':newAction:description']")).getAttribute("value"));
        assertEquals("Improvement Service", browser.find(By.cssSelector("#item-3 input[id$=':newAction:owners']")).getAttribute("value"));
        browser.assertAccessible();
        browser.driver().executeScript("arguments[0].scrollIntoView()", fieldMessage);
        browser.screenshot("minute-edit-due-before-meeting");
        browser.driver().manage().window().setSize(new Dimension(390, 900));
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.find(due));
        Rectangle dueBox = browser.find(due).getRect();
        assertTrue(dueBox.getX() + dueBox.getWidth() <= 390, "the due field fits a 390 px screen: " + dueBox);
        browser.screenshot("minute-edit-action-form-390");
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));

        assertEquals("January 2019", browser.find(due).getAttribute("value"), "the month typed is shown as read");
        browser.type(due, "03/2019");
        browser.click(By.cssSelector("#item-3 input[id$=':newAction:add']"));
        browser.waitForText(By.id("summary"), "Action 16/3/1 added.");
        assertTrue(browser.find(By.id("action-16_3_1")).isDisplayed());

        browser.open("/meetings/minute.xhtml?id=" + february);
        WebElement row = browser.find(By.cssSelector("#actions-3 tbody tr"));
        assertTrue(row.getText().startsWith("16/3/1"));
        assertTrue(row.getText().contains(description));
        assertTrue(row.getText().contains("IS"));
        assertTrue(row.getText().contains("March 2019"));
        assertEquals(List.of("The Board considered the revised work programme."), texts("#item-3 .minute__narrative p"));
        assertEquals(List.of("Workstreams 1 to 8 reviewed", "Measures of success added"), texts("#item-3 .minute__narrative ul li"));
        assertEquals(List.of("Decisions", "The Board agreed the revised work programme.", "It asked leads for:"),
                texts("#item-3 .minute__decisions p"));
        assertEquals(List.of("a summary of the year", "measures of success"), texts("#item-3 .minute__decisions ol li"));
        assertTrue(browser.find(By.id("minuteStatus")).getText().contains("Draft — not yet approved"));
        browser.assertAccessible();
        browser.screenshot("minute-february-draft");
    }

    @Test
    void someoneElsesSaveIsShownBesideMineAndMyTextIsKeptToSaveAgain() {
        browser.signIn("secretariat");
        long february = DemoMeetings.id(16);
        browser.open("/meetings/minute-edit.xhtml?id=" + february);
        try (Browser other = Browser.another(app)) {
            other.signIn("admin");
            other.open("/meetings/minute-edit.xhtml?id=" + february);
            other.type(By.cssSelector("#item-4 textarea[id$=':entry:narrative']"), "The Board approved the engagement strategy.");
            other.click(By.cssSelector("#item-4 input[id$=':entry:save']"));
            other.waitForText(By.id("summary"), "Item 4 saved.");
        }
        String mine = "The Board discussed the engagement strategy and asked for a timeline.";
        browser.type(By.cssSelector("#item-4 textarea[id$=':entry:narrative']"), mine);
        browser.click(By.cssSelector("#item-4 input[id$=':entry:save']"));
        browser.waitForText(By.id("summary"), "Item 4: Someone else saved this while you were editing");
        assertTrue(browser.find(By.id("conflict-4")).getText().contains("The Board approved the engagement strategy."));
        assertEquals(mine, browser.find(By.cssSelector("#item-4 textarea[id$=':entry:narrative']")).getAttribute("value"));
        browser.assertAccessible();
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.find(By.id("conflict-4")));
        browser.screenshot("minute-edit-conflict");

        browser.click(By.cssSelector("#item-4 input[id$=':entry:save']"));
        browser.waitForText(By.id("summary"), "Item 4 saved.");
        browser.open("/meetings/minute.xhtml?id=" + february);
        assertTrue(browser.find(By.id("item-4")).getText().contains(mine));
    }

    @Test
    void textTypedUnderAnItemIsSavedUnderItWhenAnotherClerkMovesTheAgendaMeanwhile() {
        browser.signIn("secretariat");
        long february = DemoMeetings.id(16);
        browser.open("/meetings/minute-edit.xhtml?id=" + february);
        String fourth = title(browser.find(By.id("heading-4")).getText());
        String fifth = title(browser.find(By.id("heading-5")).getText());
        try (Browser other = Browser.another(app)) {
            other.signIn("admin");
            other.open("/meetings/agenda.xhtml?id=" + february);
            other.click(By.xpath("//input[@value='Move up' and contains(@aria-label,'" + fifth + "')]"));
            other.waitForText(By.id("summary"), "“" + fifth + "” is now item 4.");
            try {
                String mine = "Typed under “" + fourth + "” while the agenda was rearranged " + System.nanoTime();
                browser.type(By.cssSelector("#item-4 textarea[id$=':entry:narrative']"), mine);
                browser.click(By.cssSelector("#item-4 input[id$=':entry:save']"));
                browser.waitForText(By.id("summary"), "Item 5 saved.");
                browser.open("/meetings/minute-edit.xhtml?id=" + february);
                assertEquals(fourth, title(browser.find(By.id("heading-5")).getText()), "the other clerk's move is shown on opening the page again");
                assertEquals(mine, browser.find(By.cssSelector("#item-5 textarea[id$=':entry:narrative']")).getAttribute("value"),
                        "the text is saved under the item it was typed under, now item 5");
                assertTrue(!mine.equals(browser.find(By.cssSelector("#item-4 textarea[id$=':entry:narrative']")).getAttribute("value")),
                        "not under the item moved into its place");
            } finally {
                other.open("/meetings/agenda.xhtml?id=" + february);
                other.click(By.xpath("//input[@value='Move down' and contains(@aria-label,'" + fifth + "')]"));
                other.waitForText(By.id("summary"), "“" + fifth + "” is now item 5.");
            }
        }
    }

    /** "Item 4 – Engagement strategy" → "Engagement strategy". */
    private static String title(String heading) {
        return heading.substring(heading.indexOf(" – ") + 3);
    }

    @Test
    void unknownOwnerIsExplainedAtTheField() {
        browser.signIn("secretariat");
        long february = DemoMeetings.id(16);
        browser.open("/meetings/minute-edit.xhtml?id=" + february);
        browser.type(By.cssSelector("#item-5 textarea[id$=':newAction:description']"), "Share the action learning report");
        browser.type(By.cssSelector("#item-5 input[id$=':newAction:owners']"), "IS/Nobody Known");
        browser.click(By.cssSelector("#item-5 input[id$=':newAction:add']"));
        browser.waitForText(By.id("summary"), "There is no person, organisation or group called “Nobody Known”");
        assertEquals("IS/Nobody Known", browser.find(By.cssSelector("#item-5 input[id$=':newAction:owners']")).getAttribute("value"));
    }

    /** The visible texts of the elements the selector finds, in page order. */
    private List<String> texts(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }
}
