package scot.cpib.workprogramme.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import scot.cpib.it.ApiClient;
import scot.cpib.it.BrowserSession;
import scot.cpib.it.MailCatcher;

/**
 * The secretariat chasing progress updates: opens a reporting period of its own (in spring 2018,
 * before the demo's period, so the demo's latest updates stay the latest), sees who has not
 * reported and reminds a lead by e-mail. Two things are left to ReportingPeriodsIT because they would
 * disturb other browser tests sharing the app: "remind all" (it e-mails every board member, whose
 * messages other tests count) and recording "No update provided" (it adds updates to the demo
 * workstreams).
 */
class ReportingPeriodUiIT extends BrowserSession {

    private static final String MARK = "mark.mcateer@example.org";

    private WebElement row(int workstream) {
        return browser.find(By.cssSelector("#returns tr[data-workstream='" + workstream + "']"));
    }

    /** Fetches a link's target with the page's session and answers "status content-type". */
    private String fetch(String href) {
        return String.valueOf(browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')),"
                        + " e => done('failed ' + e));", href));
    }

    private void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }

    private String openPeriod(String title) {
        browser.type(By.id("open:title"), title);
        setValue("open:startsOn", "2018-03-01");
        setValue("open:endsOn", "2018-05-31");
        setValue("open:deadline", "2018-06-15");
        browser.click(By.id("open:openPeriod"));
        browser.waitForText(By.id("summary"), "Reporting period “" + title + "” opened");
        return title;
    }

    @Test
    void demoPeriodShowsWhoReportedAndTheRecordedNoUpdateProvided() {
        browser.signIn("secretariat");
        browser.open("/work-programme/period.xhtml");
        assertEquals("Year to November 2018", browser.find(By.id("periodHeading")).getText());
        assertTrue(row(1).getText().contains("Update received 21 February 2019"), row(1).getText());
        assertTrue(row(5).getText().contains("No update provided"), row(5).getText());
        assertTrue(browser.find(By.id("reportPdf")).getAttribute("href").contains("/progress-report.pdf?period="));
        assertTrue(fetch(browser.find(By.id("reportPdf")).getAttribute("href")).startsWith("200 application/pdf"));
        assertTrue(fetch(browser.find(By.id("reportXlsx")).getAttribute("href"))
                .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        browser.assertAccessible();
        browser.screenshot("period-demo");
    }

    @Test
    void secretariatRemindsALeadWhoseUpdateIsMissingAndTheEmailArrives() throws MessagingException {
        browser.signIn("secretariat");
        browser.open("/work-programme/period.xhtml");
        String title = openPeriod("Spring 2018 check " + System.nanoTime());
        assertEquals(title, browser.find(By.id("periodHeading")).getText());
        assertTrue(browser.find(By.id("periodDates")).getText().contains("Updates are due by 15 June 2018"));
        assertTrue(row(3).getText().contains("No update yet"), row(3).getText());
        assertTrue(browser.find(By.id("missingCount")).getText().endsWith(": 7"), browser.find(By.id("missingCount")).getText());
        browser.assertAccessible();
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.find(By.id("period")));
        browser.screenshot("period-missing-updates");

        int before = MailCatcher.get().messagesTo(MARK).size();
        row(3).findElement(By.cssSelector("input.remind")).click();
        browser.waitForText(By.id("summary"), "Reminder for 3. Performance Management sent to " + MARK);
        assertTrue(row(3).getText().contains("1 sent, last"), row(3).getText());
        assertTrue(browser.find(By.id("reminders")).getText().contains(MARK));

        List<MimeMessage> received = MailCatcher.get().waitForMessagesTo(MARK, before + 1);
        MimeMessage mail = received.stream().filter(m -> MailCatcher.text(m).contains(title)).findFirst().orElseThrow();
        assertEquals("Progress update due by 15 June 2018: 3. Performance Management", mail.getSubject());
        String text = MailCatcher.text(mail);
        assertTrue(text.contains("Please give it by 15 June 2018"), text);
        Matcher link = Pattern.compile("/work-programme/update\\.xhtml\\?workstream=(\\d+)").matcher(text);
        assertTrue(link.find(), text);
        String workstream = new ApiClient(app).get("/api/v1/workstreams/" + link.group(1), "secretariat").body();
        assertTrue(workstream.contains("\"number\":3") && workstream.contains("Performance Management"), workstream);
        browser.assertAccessible();
        browser.screenshot("period-reminder-sent");
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.find(By.id("remindersHeading")));
        browser.screenshot("period-reminders-list");
    }

    @Test
    void beforeTheDueDateNoUpdateProvidedWaitsAndAReminderIsSentByKeyboard() {
        browser.signIn("secretariat");
        browser.open("/work-programme/period.xhtml");
        browser.type(By.id("open:title"), "Spring 2018 late " + System.nanoTime());
        setValue("open:startsOn", "2018-03-01");
        setValue("open:endsOn", "2018-05-31");
        setValue("open:deadline", LocalDate.now().plusDays(30).toString());
        browser.click(By.id("open:openPeriod"));
        browser.waitForText(By.id("summary"), "opened");
        assertTrue(browser.driver().findElements(By.id("chase:recordNoUpdate")).isEmpty(), "not before the due date");
        assertTrue(browser.find(By.id("noUpdateLater")).getText().contains("after the due date"));

        String button = row(4).findElement(By.cssSelector("input.remind")).getAttribute("id");
        browser.activateByKeyboard(button, 80);
        browser.waitForText(By.id("summary"), "Reminder for 4. Community Planning Support and Capacity Building sent to sarah.gadsden@example.org");
        assertTrue(row(4).getText().contains("1 sent, last"), row(4).getText());
        assertTrue(row(5).getText().contains("None sent"), row(5).getText());
        assertEquals(1, browser.find(By.id("reminders")).findElements(By.cssSelector("tbody tr")).size());
        browser.assertAccessible();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsExplainedAtTheFieldAndTheNameIsKept() {
        browser.signIn("secretariat");
        browser.open("/work-programme/period.xhtml");
        browser.type(By.id("open:title"), "Backwards period");
        setValue("open:startsOn", "2019-06-01");
        setValue("open:endsOn", "2019-03-31");
        browser.click(By.id("open:openPeriod"));
        browser.waitForText(By.id("open:endsOnError"), "The period cannot end before it starts");
        assertEquals("Backwards period", browser.find(By.id("open:title")).getAttribute("value"));
        assertTrue(browser.find(By.id("summary")).getText().contains("The period cannot end before it starts"));
        browser.assertAccessible();
        browser.screenshot("period-open-error");
    }

    @Test
    void membersCannotOpenThePeriodPage() {
        browser.signIn("member");
        browser.open("/work-programme/period.xhtml");
        assertTrue(browser.bodyText().contains("Page not found"));
        assertFalse(browser.bodyText().contains("Reporting periods"));
    }
}
