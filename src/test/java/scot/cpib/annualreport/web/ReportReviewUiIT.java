package scot.cpib.annualreport.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import scot.cpib.it.BrowserSession;
import scot.cpib.it.MailCatcher;

/**
 * The review of the annual report in the browser: the secretariat sends a round with a deadline (the demo
 * member is e-mailed); the demo member opens the report, comments on a section (what they typed survives a
 * refused save) and records "agreed"; the secretariat's dashboard shows that decision and the comment. Every
 * page passes axe-core and fits a 390 px screen.
 */
class ReportReviewUiIT extends BrowserSession {

    private static final String TITLE = "CPIB annual report: review test, year to March 2016";
    private static final String COMMENT = "Please say which partners attended most often.";

    @Test
    void memberCommentsAndAgreesAndTheSecretariatSeesBothOnTheDashboard() throws Exception {
        browser.signIn("secretariat");
        browser.open("/reports/index.xhtml");
        browser.type(By.id("start:title"), TITLE);
        setValue("start:periodStart", "2015-04-01");
        setValue("start:periodEnd", "2016-03-31");
        browser.click(By.id("start:startButton"));
        browser.waitForText(By.id("summary"), "has been drafted from the record");
        Matcher id = Pattern.compile("id=(\\d+)").matcher(browser.driver().getCurrentUrl());
        assertTrue(id.find(), browser.driver().getCurrentUrl());
        String reportId = id.group(1);
        browser.waitFor(By.id("noRound"));
        browser.click(By.id("round:send"));
        browser.waitForText(By.id("summary"), "Enter the deadline");
        setValue("round:deadline", LocalDate.now().plusDays(14).toString());
        browser.type(By.id("round:note"), "Please reply within two weeks.");
        browser.click(By.id("round:send"));
        browser.waitForText(By.id("summary"), "Round 1 was sent");
        assertTrue(browser.find(By.id("roundLine")).getText().startsWith("Round 1, sent by Emily Lynch"));
        assertTrue(browser.find(By.id("notReviewer")).getText().contains("Only the board’s members"),
                "the secretariat is told why it records no decision");
        browser.assertAccessible();
        MailCatcher.get().waitForMessagesTo("kenny.richmond@example.org", 1);
        browser.signOut();

        browser.signIn("member");
        browser.open("/reports/index.xhtml");
        browser.click(By.linkText(TITLE));
        browser.waitFor(By.id("review:save"));
        assertEquals("You have not recorded a decision yet.", browser.find(By.id("myDecision")).getText());
        browser.assertAccessible();
        browser.screenshot("report-review-member");
        browser.click(By.cssSelector("#section-MEETINGS a[id$='comments']"));
        browser.waitFor(By.id("comment:body"));
        browser.assertAccessible();
        browser.type(By.id("comment:passage"), "Meetings held");
        assertTrue(browser.asksBeforeLeaving(), "a typed comment is not left without asking");
        browser.click(By.id("comment:save"));
        browser.waitForText(By.id("summary"), "Enter your comment");
        assertEquals("Meetings held", browser.find(By.id("comment:passage")).getAttribute("value"), "the passage is kept");
        browser.type(By.id("comment:body"), COMMENT);
        browser.click(By.id("comment:save"));
        browser.waitForText(By.id("summary"), "Your comment has been added");
        assertTrue(browser.bodyText().contains(COMMENT));
        assertTrue(browser.bodyText().contains("On “Meetings held”"));
        browser.assertAccessible();
        browser.screenshot("report-comments");
        assertFitsPhoneWidth("report-comments-390");

        browser.click(By.id("backToReport"));
        browser.waitFor(By.id("review:save"));
        browser.click(By.cssSelector("label[for='review:decision:0']"));
        browser.click(By.id("review:save"));
        browser.waitForText(By.id("summary"), "Your decision has been recorded: Agreed");
        assertTrue(browser.find(By.id("myDecision")).getText().endsWith("Agreed."), browser.find(By.id("myDecision")).getText());
        browser.signOut();

        browser.signIn("secretariat");
        browser.open("/reports/view.xhtml?id=" + reportId);
        browser.click(By.id("dashboard"));
        browser.waitFor(By.id("reviews"));
        WebElement kenny = row("reviews", "Kenny Richmond");
        List<WebElement> cells = kenny.findElements(By.tagName("td"));
        assertEquals("Scottish Enterprise", cells.get(0).getText());
        assertTrue(!cells.get(1).getText().equals("Not read"), "read is recorded");
        assertEquals("Agreed", cells.get(2).getText());
        assertEquals("1", cells.get(4).getText());
        assertEquals("Not read", row("reviews", "Phil Couser").findElements(By.tagName("td")).get(1).getText());
        assertTrue(browser.find(By.id("counts")).getText().contains("1 agreed"), browser.find(By.id("counts")).getText());
        assertTrue(browser.find(By.id("openComments")).getText().contains(COMMENT));
        assertTrue(browser.find(By.id("openComments")).getText().contains("Kenny Richmond"));
        browser.assertAccessible();
        browser.screenshot("report-dashboard");
        assertFitsPhoneWidth("report-dashboard-390");

        browser.open("/reports/compare.xhtml?id=" + reportId);
        browser.waitFor(By.id("compare-MEETINGS"));
        assertTrue(browser.find(By.id("compare-MEETINGS")).getText().contains("No change in this section."),
                "round 1 against the report as it stands: nothing changed");
        browser.assertAccessible();
    }

    private WebElement row(String table, String header) {
        for (WebElement row : browser.find(By.id(table)).findElements(By.cssSelector("tbody tr"))) {
            if (row.findElement(By.tagName("th")).getText().equals(header)) {
                return row;
            }
        }
        throw new AssertionError("no row " + header + " in " + table);
    }

    private void assertFitsPhoneWidth(String screenshot) {
        browser.driver().manage().window().setSize(new Dimension(390, 900));
        try {
            Object width = browser.driver().executeScript("return document.documentElement.scrollWidth");
            assertTrue(((Number) width).intValue() <= 390, "the page fits a 390 px screen: " + width);
            browser.screenshot(screenshot);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }
}
