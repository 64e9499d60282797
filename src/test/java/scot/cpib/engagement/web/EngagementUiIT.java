package scot.cpib.engagement.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.ApiClient;
import scot.cpib.it.BrowserSession;

/**
 * The engagement strategy pages in Chromium: the matrix, planning a row (secretariat only), logging an
 * engagement by keyboard with a follow-up action, coverage, the register, matters arising and the
 * "Learning from Engagement" paper of the next meeting. Creates its own meeting and engagement and
 * changes only the matrix row of "Regulatory and Inspection bodies".
 */
class EngagementUiIT extends BrowserSession {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern PLAN_HEADING = Pattern.compile("Plan the (\\d+\\w\\w) meeting \\(after the \\d+\\w\\w on (.+)\\)");
    private static final List<String> GROUPS = List.of("Chief Officers/senior leaders within each of the statutory and "
                    + "non-statutory Community Planning Partner organisations", "National Leadership Groups", "CPP Chairs",
            "CP Managers", "Senior policy makers and politicians", "Community Groups", "Regulatory and Inspection bodies");

    @Test
    void matrixShowsEveryStakeholderGroupAndCoreMessageOfThePack() {
        browser.signIn("member");
        browser.open("/engagement/strategy.xhtml");
        browser.waitForText(By.tagName("h1"), "Engagement strategy");
        List<String> rows = browser.driver().findElements(By.cssSelector("#matrix tbody tr")).stream()
                .map(r -> r.getAttribute("data-group")).toList();
        assertEquals(GROUPS, rows);
        List<String> columns = browser.driver().findElements(By.cssSelector("#matrix thead th.cell")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Message 1", "Message 2", "Message 3", "Message 4", "Message 5", "Message 6", "Message 7"), columns);
        assertEquals(7, browser.driver().findElements(By.cssSelector("#messages tbody tr")).size());
        assertTrue(browser.find(By.id("message-5")).getText().contains("wider system change"));
        String chairs = browser.find(By.cssSelector("#matrix tr[data-group='CPP Chairs']")).getText();
        assertTrue(chairs.contains("IS/HS"), chairs);
        assertEquals("Planned", cellText("matrix", "CPP Chairs", 5));
        assertEquals("–", cellText("matrix", "CPP Chairs", 1));
        assertEquals(4, browser.driver().findElements(By.cssSelector("#aims dt")).size());
        assertTrue(browser.find(By.id("schedule")).getText().contains("1 March 2019"));
        assertTrue(browser.driver().findElements(By.linkText("Plan this row")).isEmpty(), "no edit controls for a member");
        browser.assertAccessible();
        browser.screenshot("engagement-strategy-member");

        browser.open("/engagement/plan.xhtml?group=1");
        assertTrue(browser.bodyText().contains("Page not found"));
    }

    @Test
    void onlyTheSecretariatPlansAMatrixRowAndBadLeadsAreExplained() {
        browser.signIn("secretariat");
        browser.open("/engagement/strategy.xhtml");
        browser.click(By.cssSelector("#matrix tr[data-group='Regulatory and Inspection bodies'] a[id$='plan']"));
        browser.waitForText(By.tagName("h1"), "Plan the matrix row for Regulatory and Inspection bodies");
        browser.assertAccessible();
        browser.type(By.id("plan:leads"), "Nobody We Know");
        check("plan", "7. ");
        browser.click(By.id("plan:save"));
        browser.waitForText(By.id("summary"), "Nobody We Know");
        assertEquals("Nobody We Know", browser.find(By.id("plan:leads")).getAttribute("value"));
        assertTrue(checkbox("plan", "7. ").isSelected(), "the ticked message stays ticked");
        browser.assertAccessible();
        browser.screenshot("engagement-plan-error");

        browser.type(By.id("plan:leads"), "IS");
        browser.click(By.id("plan:save"));
        browser.waitForText(By.id("summary"), "The matrix row for Regulatory and Inspection bodies is saved.");
        assertEquals("Planned", cellText("matrix", "Regulatory and Inspection bodies", 7));
        assertTrue(browser.find(By.cssSelector("#matrix tr[data-group='Regulatory and Inspection bodies']")).getText().contains("IS"));
        browser.screenshot("engagement-strategy-secretariat");

        browser.click(By.id("scheduleEvent"));
        browser.waitForText(By.tagName("h1"), "Add an event to the forward schedule");
        String event = "CP Managers network, autumn " + System.nanoTime();
        browser.type(By.id("event:title"), event);
        browser.click(By.id("event:save"));
        browser.waitForText(By.id("summary"), "Enter the date, or the month if there is no day yet");
        assertEquals(event, browser.find(By.id("event:title")).getAttribute("value"));
        browser.assertAccessible();
        browser.screenshot("engagement-schedule-error");
        browser.type(By.id("event:date:date"), "Sept 2019");
        check("event", "CP Managers");
        browser.click(By.id("event:save"));
        browser.waitForText(By.id("summary"), "is added to the forward schedule");
        String schedule = browser.find(By.id("schedule")).getText();
        assertTrue(schedule.contains("September 2019") && schedule.contains(event), schedule);

        String wording = browser.find(By.cssSelector("#message-6 td")).getText();
        browser.click(By.cssSelector("#message-6 a"));
        browser.waitForText(By.tagName("h1"), "Reword core message 6");
        browser.type(By.id("message:text"), " ");
        browser.click(By.id("message:save"));
        browser.waitForText(By.id("summary"), "Enter the core message");
        browser.assertAccessible();
        browser.screenshot("engagement-message-error");
        browser.type(By.id("message:text"), wording);
        browser.click(By.id("message:save"));
        browser.waitForText(By.id("summary"), "Core message 6 is reworded.");
        browser.signOut();

        browser.signIn("lead");
        for (String page : new String[] {"schedule.xhtml", "message.xhtml?number=6"}) {
            browser.open("/engagement/" + page);
            assertTrue(browser.bodyText().contains("Page not found"), page);
        }
    }

    @Test
    void everyMissingFieldOfAnEngagementIsListedAtOnceAndEachEntryLeadsToItsField() {
        browser.signIn("member");
        browser.open("/engagement/record.xhtml");
        browser.find(By.id("record:date:date")).clear();
        new Select(browser.find(By.id("record:person"))).selectByVisibleText("–");
        browser.click(By.id("record:save"));
        browser.waitForText(By.id("summary"), "Choose the channel");
        List<String> links = browser.driver().findElements(By.cssSelector("#summary .error-list a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^[^#]*#", "") + " " + a.getText()).toList();
        assertEquals(List.of("record:date:date Enter the date of the engagement",
                "record:person Choose who from the board took part",
                "record:groups Choose at least one stakeholder group",
                "record:channel Choose the channel"), links, "all errors at once, each linking to its field");
        assertEquals("", browser.find(By.id("record:date:date")).getAttribute("value"));
        assertEquals("–", new Select(browser.find(By.id("record:person"))).getFirstSelectedOption().getText(), "the choice made is shown");
        browser.assertAccessible();
        browser.screenshot("engagement-record-all-errors");
        browser.click(By.linkText("Choose the channel"));
        assertEquals("record:channel", browser.driver().switchTo().activeElement().getAttribute("id"));
        browser.click(By.linkText("Choose at least one stakeholder group"));
        assertEquals("record:groups:0", browser.driver().switchTo().activeElement().getAttribute("id"),
                "a group of checkboxes is reached at its first box");
    }

    @Test
    void memberLogsAnEngagementWithCppChairsThatCoverageTheRegisterAndTheNextPaperShow() {
        browser.signIn("secretariat");
        browser.open("/meetings/index.xhtml");
        browser.click(By.id("planNext"));
        Matcher heading = PLAN_HEADING.matcher(browser.find(By.tagName("h1")).getText());
        assertTrue(heading.matches(), browser.find(By.tagName("h1")).getText());
        LocalDate previous = LocalDate.parse(heading.group(2), UK);
        LocalDate meetingDate = previous.plusMonths(3);
        setValue("meeting:date", meetingDate.toString());
        browser.click(By.id("meeting:save"));
        browser.waitForText(By.tagName("h1"), heading.group(1) + " meeting – " + meetingDate.format(UK));
        String meetingPath = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        browser.click(By.id("agendaLink"));
        browser.waitFor(By.id("item:title"));
        String agendaPath = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        browser.type(By.id("item:title"), "Learning from Engagement");
        new Select(browser.find(By.id("item:standingKind"))).selectByVisibleText("Standing: learning from engagement");
        browser.click(By.id("item:saveItem"));
        browser.waitForText(By.id("summary"), "Learning from Engagement");
        browser.signOut();

        LocalDate day = previous.plusDays(7);
        String period = "/engagement/coverage.xhtml?from=" + day + "&to=" + day;
        browser.signIn("member");
        browser.open(period);
        assertEquals("Gap: not delivered in this period", cellText("coverage", "CPP Chairs", 5));
        browser.assertAccessible();

        String heard = "Chairs asked for shorter reports " + System.nanoTime();
        String action = "Send the CPP chairs the outcomes summary " + System.nanoTime();
        browser.open("/engagement/record.xhtml");
        browser.waitForText(By.tagName("h1"), "Record an engagement");
        assertEquals("Kenny Richmond", new Select(browser.find(By.id("record:person"))).getFirstSelectedOption().getText());
        browser.type(By.id("record:date:date"), day.toString());
        new Select(browser.find(By.id("record:channel"))).selectByVisibleText("In-depth discussions with CPP chairs");
        browser.find(By.id("record:eventName")).sendKeys("Round table with six CPP chairs");
        check("record", "5. ");
        check("record", "7. ");
        browser.find(By.id("record:heard")).sendKeys(heard);
        browser.find(By.id("record:learned")).sendKeys("Chairs want the board’s asks in one page");
        browser.find(By.id("record:fu0description")).sendKeys(action);
        browser.find(By.id("record:fu0owners")).sendKeys("Kenny Richmond");
        browser.type(By.id("record:fu0due:date"), "06/" + (day.getYear() + 1));
        browser.activateByKeyboard("record:save", 200);
        browser.waitForText(By.id("summary"), "Choose at least one stakeholder group");
        assertEquals(heard, browser.find(By.id("record:heard")).getAttribute("value"));
        assertEquals(action, browser.find(By.id("record:fu0description")).getAttribute("value"));
        assertEquals(day.format(UK), browser.find(By.id("record:date:date")).getAttribute("value"), "the date typed, as read");
        assertEquals("June " + (day.getYear() + 1), browser.find(By.id("record:fu0due:date")).getAttribute("value"));
        browser.assertAccessible();
        browser.screenshot("engagement-record-error");

        check("record", "CPP Chairs");
        browser.activateByKeyboard("record:save", 200);
        browser.waitForText(By.id("summary"), "with 1 follow-up action(s) in the action register");
        String reference = browser.find(By.cssSelector("#followUps tbody tr")).getAttribute("data-ref");
        assertTrue(reference.matches("E\\d+/1"), reference);
        assertTrue(browser.find(By.id("groups")).getText().contains("CPP Chairs"));
        browser.assertAccessible();
        browser.screenshot("engagement-view");

        browser.open(period);
        String cell = cellText("coverage", "CPP Chairs", 5);
        assertTrue(cell.contains("Delivered 1 time(s)") && cell.contains("By Kenny Richmond"), cell);
        browser.assertAccessible();
        browser.screenshot("engagement-coverage");
        browser.click(By.cssSelector("#coverage tr[data-group='CPP Chairs'] td[data-message='5'] a"));
        browser.waitForText(By.id("log"), "Kenny Richmond");
        assertEquals(1, browser.driver().findElements(By.cssSelector("#log tbody tr")).size());
        assertTrue(browser.find(By.id("log")).getText().contains(reference));
        browser.assertAccessible();

        browser.open("/actions/index.xhtml?text=" + action.replace(' ', '+'));
        WebElement row = browser.find(By.cssSelector("tr[data-ref='" + reference + "']"));
        assertTrue(row.getText().contains("Engagement, " + day.format(UK)), row.getText());
        ApiClient http = new ApiClient(app);
        String query = "?q=" + action.replace(' ', '+');
        String json = http.get("/api/v1/actions" + query, "member").body();
        assertTrue(json.contains("\"reference\":\"" + reference + "\"") && json.contains("\"engagementRecordId\"")
                && !json.contains("\"meetingNumber\""), json);
        String csv = new String(http.getBytes("/api/v1/actions.csv" + query, "member").body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains(reference) && csv.contains("Engagement, " + day.format(UK)), csv);
        browser.signOut();

        browser.signIn("secretariat");
        browser.open(meetingPath.replace("/meetings/view.xhtml", "/meetings/matters-arising.xhtml"));
        assertTrue(browser.find(By.id("outstanding-engagement")).getText().contains(reference));
        browser.assertAccessible();
        browser.open(agendaPath);
        browser.click(By.cssSelector("a[id^='learningPaper-']"));
        browser.waitForText(By.id("paperStatus"), "Not prepared yet.");
        browser.assertAccessible();
        browser.click(By.id("prepare:prepareButton"));
        browser.waitForText(By.id("summary"), "is prepared from the log");
        String paper = browser.find(By.id("preview")).getText();
        assertTrue(paper.contains(heard) && paper.contains("CPP Chairs") && paper.contains(reference) && paper.contains("Open"), paper);
        browser.assertAccessible();
        browser.screenshot("engagement-learning-paper");
        WebElement html = browser.find(By.id("paper:html"));
        html.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "<p>Secretariat note: chairs to be invited in May.</p>");
        browser.click(By.id("paper:save"));
        browser.waitForText(By.id("summary"), "Your edit of the paper is saved.");
        assertTrue(browser.find(By.id("preview")).getText().contains("Secretariat note: chairs to be invited in May."));
        String paperPath = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        browser.signOut();

        browser.signIn("member");
        browser.open(paperPath);
        assertTrue(browser.bodyText().contains("Page not found"), "only the secretariat prepares the paper");
    }

    @Test
    void logFiltersByDateAndGroupAndMarksSampleData() {
        browser.signIn("lead");
        browser.open("/engagement/log.xhtml?from=2018-01-01&to=2018-12-31");
        String log = browser.find(By.id("log")).getText();
        assertTrue(log.contains("September 2018") && log.contains("May 2018") && log.contains("Sarah Gadsden"), log);
        assertFalse(log.contains("Sample data"), log);
        browser.assertAccessible();
        browser.screenshot("engagement-log");
        browser.open("/engagement/log.xhtml?from=2019-03-01&to=2019-06-30&hideSample=true");
        assertFalse(browser.bodyText().contains("Sample data"));
        browser.open("/engagement/log.xhtml?from=2019-03-01&to=2019-06-30");
        assertTrue(browser.find(By.id("log")).getText().contains("Sample data"));
        new Select(browser.find(By.id("group"))).selectByVisibleText("Community Groups");
        browser.click(By.id("applyFilters"));
        browser.waitForUrl("group=");
        browser.waitFor(By.id("logCount"));
        for (WebElement row : browser.driver().findElements(By.cssSelector("#log tbody tr"))) {
            assertTrue(row.getText().contains("Community Groups"), row.getText());
        }
        browser.open("/engagement/log.xhtml?from=not-a-date");
        browser.waitForText(By.id("summary"), "Enter a date such as 2019-03-01");
        browser.assertAccessible();
    }

    private String cellText(String table, String group, int message) {
        return browser.find(By.cssSelector("#" + table + " tr[data-group='" + group + "'] td[data-message='" + message + "']"))
                .getText().strip();
    }

    private WebElement checkbox(String form, String labelStart) {
        WebElement label = browser.find(By.xpath("//form[@id='" + form + "']//label[starts-with(normalize-space(.), '" + labelStart + "')]"));
        return browser.driver().findElement(By.id(label.getAttribute("for")));
    }

    /** Ticks a checkbox by keyboard (focus and space), as someone without a mouse would. */
    private void check(String form, String labelStart) {
        WebElement box = checkbox(form, labelStart);
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
    }

    private void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }
}
