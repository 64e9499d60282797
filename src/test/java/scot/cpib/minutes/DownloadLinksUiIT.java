package scot.cpib.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import scot.cpib.it.BrowserSession;

/** The download links on the meeting page and the action register, used with the signed-in session. */
class DownloadLinksUiIT extends BrowserSession {

    /** Fetches the link's target with the page's session and answers "status content-type". */
    private String fetch(String href) {
        return String.valueOf(browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')),"
                        + " e => done('failed ' + e));", href));
    }

    @Test
    void memberSeesEveryDownloadOfTheSixteenthMeetingAndTheyWork() {
        browser.signIn("member");
        long february = DemoMeetings.id(16);
        browser.open("/meetings/view.xhtml?id=" + february);
        List<String> links = browser.find(By.id("downloads")).findElements(By.tagName("a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Draft preview of the agenda pack (PDF, not issued)", "Minute (PDF)", "Minute (Word document)",
                "Matters arising paper (PDF)", "Calendar entry (.ics file)"), links);
        assertTrue(fetch(browser.find(By.id("packDownload")).getAttribute("href")).startsWith("200 application/pdf"));
        assertTrue(fetch(browser.find(By.id("calendarDownload")).getAttribute("href")).startsWith("200 text/calendar"));
        browser.assertAccessible();
        browser.screenshot("meeting-downloads");
    }

    @Test
    void registerDownloadLinksCarryTheFilters() {
        browser.signIn("member");
        browser.open("/actions/index.xhtml?meeting=15&overdue=true&sort=reference&dir=desc");
        String csv = browser.find(By.id("downloadCsv")).getAttribute("href");
        assertTrue(csv.contains("/api/v1/actions.csv?") && csv.contains("meeting=15") && csv.contains("overdue=true")
                && csv.contains("sort=reference") && csv.contains("order=desc"), csv);
        assertTrue(browser.find(By.id("downloadXlsx")).getAttribute("href").contains("/api/v1/actions.xlsx?"));
        assertTrue(browser.find(By.id("downloads")).getText().startsWith("Download these actions: Excel spreadsheet (.xlsx), CSV file (.csv)"));
        assertTrue(fetch(csv).startsWith("200 text/csv"));
        browser.assertAccessible();
    }
}
