package scot.cpib.meeting.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.ApiClient;
import scot.cpib.it.Browser;
import scot.cpib.it.BrowserSession;

/** The meeting cycle in the browser: planning, agenda, papers, attendance, issuing; what members and the public see. */
class MeetingUiIT extends BrowserSession {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern PLAN_HEADING = Pattern.compile("Plan the (\\d+\\w\\w) meeting \\(after the \\d+\\w\\w on (.+)\\)");

    @Test
    void secretariatPlansTheNextMeetingBuildsItsAgendaRecordsAttendanceAndIssuesIt() throws Exception {
        browser.signIn("secretariat");
        browser.open("/meetings/index.xhtml");
        browser.assertAccessible();
        browser.click(By.id("planNext"));
        Matcher heading = PLAN_HEADING.matcher(browser.find(By.tagName("h1")).getText());
        assertTrue(heading.matches(), browser.find(By.tagName("h1")).getText());
        String ordinal = heading.group(1);
        LocalDate nextDate = LocalDate.parse(heading.group(2), UK).plusMonths(3);
        assertFalse(browser.find(By.id("meeting:venueName")).getAttribute("value").isBlank(), "venue carried over");
        browser.assertAccessible();
        browser.screenshot("meeting-plan");

        browser.type(By.id("meeting:venueName"), "Apex House, room 2");
        setValue("meeting:endTime", "13:00");
        browser.click(By.id("meeting:save"));
        browser.waitForText(By.id("summary"), "Enter the date of the meeting");
        setValue("meeting:date", nextDate.toString());
        browser.click(By.id("meeting:save"));
        browser.waitForText(By.id("summary"), "The end time must be after the start time");
        assertTrue(browser.find(By.id("meeting:endTimeError")).getText().contains("end time must be after"));
        assertEquals("Apex House, room 2", browser.find(By.id("meeting:venueName")).getAttribute("value"));
        browser.assertAccessible();
        browser.screenshot("meeting-plan-errors");
        setValue("meeting:endTime", "16:00");
        browser.click(By.id("meeting:save"));

        browser.waitForText(By.tagName("h1"), ordinal + " meeting – " + nextDate.format(UK));
        assertEquals("Planned", browser.find(By.id("status")).getText());
        String agendaText = browser.find(By.id("agenda")).getText();
        assertTrue(agendaText.contains("Minute & Matters Arising") && agendaText.contains("Close"), agendaText);
        assertFalse(agendaText.contains("CPIB Engagement Strategy"), agendaText);
        String meetingUrl = browser.driver().getCurrentUrl();

        browser.click(By.id("agendaLink"));
        browser.waitFor(By.id("item:title"));
        browser.assertAccessible();
        addItem("Budget 2019/20");
        addItem("Partnership review");
        browser.click(By.xpath("//input[@value='Add sub-item' and contains(@aria-label,'Partnership review')]"));
        browser.waitForText(By.id("itemFormHeading"), "Add a sub-item to");
        addItem("Local outcomes improvement plans");
        assertTrue(browser.find(By.id("agenda")).getText().contains("Local outcomes improvement plans"));

        List<String> before = titles();
        int budget = before.indexOf("Budget 2019/20");
        assertEquals(budget + 1, before.indexOf("Partnership review"));
        browser.click(By.xpath("//input[@value='Move up' and contains(@aria-label,'Partnership review')]"));
        browser.waitForText(By.id("summary"), "“Partnership review” is now item");
        assertEquals(budget, titles().indexOf("Partnership review"));
        String focused = browser.driver().switchTo().activeElement().getAttribute("aria-label");
        assertTrue(focused != null && focused.contains("Partnership review"), "focus stays on the moved item: " + focused);

        int budgetRow = titles().indexOf("Budget 2019/20");
        browser.activateByKeyboard("agenda:rows:" + budgetRow + ":moveUp", 250);
        browser.waitForText(By.id("summary"), "“Budget 2019/20” is now item");
        assertTrue(titles().indexOf("Budget 2019/20") < titles().indexOf("Partnership review"));
        browser.assertAccessible();
        browser.screenshot("meeting-agenda");

        Path pdf = Files.createTempFile("budget", ".pdf");
        Files.write(pdf, scot.cpib.reporting.SamplePdfs.textPdf("Draft budget", 1));
        Path fake = Files.createTempFile("not-really", ".pdf");
        Files.writeString(fake, "plain words, not a PDF");
        new Select(browser.find(By.id("paper:paperItem"))).selectByVisibleText(label("Budget 2019/20"));
        browser.type(By.id("paper:paperTitle"), "Draft budget");
        browser.find(By.id("paper:file")).sendKeys(fake.toString());
        browser.click(By.id("paper:upload"));
        browser.waitForText(By.id("summary"), "does not look like the kind of file");
        assertTrue(browser.find(By.id("paper:fileError")).getText().contains("does not look like"));
        assertEquals("Draft budget", browser.find(By.id("paper:paperTitle")).getAttribute("value"));
        browser.assertAccessible();
        browser.screenshot("meeting-paper-refused");
        browser.find(By.id("paper:file")).sendKeys(pdf.toString());
        browser.click(By.id("paper:upload"));
        browser.waitForText(By.id("summary"), "uploaded");
        WebElement link = browser.find(By.linkText("Draft budget"));
        String paperPath = link.getAttribute("href").replaceFirst("^https?://[^/]+", "");
        ApiClient http = new ApiClient(app);
        HttpResponse<byte[]> download = http.getBytes(paperPath, "secretariat");
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains(pdf.getFileName().toString()));
        assertEquals(404, http.getBytes(paperPath, null).statusCode());

        browser.open(meetingUrl.replaceFirst("^https?://[^/]+", ""));
        browser.click(By.id("attendanceLink"));
        browser.waitFor(By.id("attendance:save"));
        browser.assertAccessible();
        choose("Steve Grimmond", "Present");
        browser.click(By.xpath(fieldset("Steve Grimmond") + "//label[normalize-space(.)='Chair']"));
        choose("Fraser McKinlay", "Apologies");
        assertTrue(browser.asksBeforeLeaving(), "attendance chosen and not saved: leaving asks first");
        browser.screenshot("meeting-attendance");
        browser.click(By.id("attendance:save"));
        browser.waitForText(By.id("summary"), "Attendance saved");
        String body = browser.bodyText();
        assertTrue(body.contains("Steve Grimmond (chair), SOLACE"), body);
        assertTrue(body.contains("Fraser McKinlay, Audit Scotland"), body);

        String meetingPage = browser.driver().getCurrentUrl();
        browser.click(By.id("packPageLink"));
        browser.click(By.id("issue:issuePack"));
        browser.waitForText(By.id("summary"), "Version 1 of the agenda pack is issued");
        browser.driver().get(meetingPage);
        browser.waitForText(By.id("status"), "Agenda issued");
        assertTrue(browser.find(By.id("packs")).getText().contains("Version 1"), browser.find(By.id("packs")).getText());
        browser.assertAccessible();
        browser.screenshot("meeting-view-issued");
    }

    @Test
    void detailsSavedBySomeoneElseMeanwhileAreShownBesideWhatWasTypedWhichIsKept() {
        browser.signIn("secretariat");
        browser.open("/meetings/edit.xhtml");
        Matcher heading = PLAN_HEADING.matcher(browser.find(By.tagName("h1")).getText());
        assertTrue(heading.matches());
        setValue("meeting:date", LocalDate.parse(heading.group(2), UK).plusMonths(3).toString());
        browser.click(By.id("meeting:save"));
        browser.waitFor(By.id("editLink"));
        browser.click(By.id("editLink"));
        browser.waitFor(By.id("meeting:venueName"));
        String editPath = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

        try (Browser other = Browser.another(app)) {
            other.signIn("admin");
            other.open(editPath);
            other.type(By.id("meeting:venueName"), "Saved first by the admin");
            other.click(By.id("meeting:save"));
            other.waitFor(By.id("editLink"));
        }

        browser.type(By.id("meeting:venueName"), "Typed by the secretariat");
        browser.click(By.id("meeting:save"));
        browser.waitForText(By.id("summary"), "Someone else saved this while you were editing");
        assertTrue(browser.find(By.id("theirs")).getText().contains("Saved first by the admin"));
        assertTrue(browser.find(By.id("yours")).getText().contains("Typed by the secretariat"));
        assertEquals("Typed by the secretariat", browser.find(By.id("meeting:venueName")).getAttribute("value"));
        browser.assertAccessible();
        browser.screenshot("meeting-edit-conflict");
        browser.click(By.id("meeting:save"));
        browser.waitForText(By.id("details"), "Typed by the secretariat");
    }

    @Test
    void memberSeesTheSixteenthMeetingPageWithoutEditControlsAndIsRefusedTheEditPages() {
        String id = sixteenthMeetingId();
        browser.signIn("member");
        browser.open("/meetings/index.xhtml");
        browser.assertAccessible();
        browser.click(By.linkText("16th meeting"));
        browser.waitForText(By.tagName("h1"), "16th meeting – 28 February 2019");
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#agenda > li"));
        assertEquals(8, items.size());
        assertTrue(items.get(3).getText().contains("CPIB Engagement Strategy"));
        assertTrue(items.get(3).getText().contains("For decision"));
        assertTrue(browser.driver().findElements(By.id("editLink")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("cycle:markHeld")).isEmpty());
        assertTrue(browser.bodyText().contains("Scottish Enterprise, Apex House, 99 Haymarket Terrace"));
        browser.assertAccessible();
        browser.screenshot("meeting-view-member");
        browser.click(By.linkText("15th meeting – 28 November 2018"));
        browser.waitForText(By.tagName("h1"), "15th meeting – 28 November 2018");
        String november = browser.bodyText();
        assertTrue(november.contains("4ii") && november.contains("Revised Name and Purpose"), "sub-items numbered as in the minute");
        assertTrue(november.contains("Steve Grimmond (chair), SOLACE"));
        assertTrue(november.contains("Apologies"));
        browser.assertAccessible();
        browser.screenshot("meeting-view-november");
        browser.open("/");
        assertTrue(browser.find(By.id("recentMeetings")).getText().contains(" meeting – "));
        browser.assertAccessible();
        for (String page : new String[] {"edit", "agenda", "attendance"}) {
            browser.open("/meetings/" + page + ".xhtml?id=" + id);
            assertTrue(browser.bodyText().contains("Page not found"), page);
        }
    }

    @Test
    void publicGetsNotFoundForTheUnpublishedSixteenthMeeting() {
        String id = sixteenthMeetingId();
        assertEquals(404, new ApiClient(app).get("/meetings/view.xhtml?id=" + id).statusCode());
        browser.open("/meetings/view.xhtml?id=" + id);
        assertTrue(browser.bodyText().contains("Page not found"));
        browser.assertAccessible();
        browser.open("/meetings/index.xhtml");
        assertFalse(browser.bodyText().contains("16th meeting"));
        browser.assertAccessible();
    }

    private String sixteenthMeetingId() {
        String list = new ApiClient(app).get("/meetings/index.xhtml", "member").body();
        Matcher m = Pattern.compile("view\\.xhtml\\?id=(\\d+)\">16th meeting<").matcher(list);
        assertTrue(m.find(), "the 16th meeting is listed for members");
        return m.group(1);
    }

    private void addItem(String title) {
        browser.type(By.id("item:title"), title);
        assertTrue(browser.asksBeforeLeaving(), "an item typed and not added: leaving asks first");
        new Select(browser.find(By.id("item:purpose"))).selectByVisibleText("For decision");
        browser.click(By.id("item:saveItem"));
        browser.waitForText(By.id("summary"), title);
        assertFalse(browser.asksBeforeLeaving(), "the item added: nothing left unsaved");
    }

    private List<String> titles() {
        return browser.driver().findElements(By.cssSelector("#agenda .agenda__title")).stream().map(WebElement::getText).toList();
    }

    private String label(String title) {
        return browser.driver().findElements(By.cssSelector("#agenda tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector(".agenda__title")).getText().equals(title))
                .map(r -> r.findElement(By.tagName("th")).getText() + " " + title).findFirst().orElseThrow();
    }

    private static String fieldset(String person) {
        return "//fieldset[starts-with(normalize-space(legend), '" + person + "')]";
    }

    private void choose(String person, String kind) {
        browser.click(By.xpath(fieldset(person) + "//label[normalize-space(.)='" + kind + "']"));
    }

    private void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }
}
