package scot.cpib.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.BrowserSession;

/** The audit trail page: the secretariat sees a change it just made; others are turned away. */
class AuditUiIT extends BrowserSession {

    @Test
    void secretariatSeesAnActionChangeInTheAuditTrail() {
        browser.signIn("secretariat");
        browser.open("/actions/view.xhtml?ref=15/6/1");
        assertTrue(new Select(browser.find(By.id("update:status"))).getOptions().stream()
                .anyMatch(o -> o.getText().equals("Superseded")), "the secretariat may supersede");
        browser.find(By.id("update:coveredBy"));
        browser.assertAccessible();
        browser.screenshot("actions-view-secretariat");
        new Select(browser.find(By.id("update:status"))).selectByVisibleText("In progress");
        browser.type(By.id("update:note"), "Responses collected from three agencies");
        browser.click(By.id("update:save"));
        browser.waitForText(By.id("summary"), "Progress saved.");

        browser.open("/admin/audit.xhtml?user=secretariat&type=AgreedAction");
        String table = browser.find(By.id("audit")).getText();
        assertTrue(table.contains("15/6/1: Responses collected from three agencies"), table);
        assertTrue(table.contains("OPEN") && table.contains("IN_PROGRESS"), table);
        assertTrue(browser.find(By.id("count")).getText().contains("entries found"));
        browser.assertAccessible();
        browser.screenshot("admin-audit");

        browser.click(By.linkText("Action " + actionIdFromFirstLink()));
        assertTrue(browser.find(By.tagName("h1")).getText().startsWith("Action 15/6/1"));
    }

    @Test
    void badDateRangeIsExplainedAtTheField() {
        browser.signIn("secretariat");
        browser.open("/admin/audit.xhtml?from=2026-05-01&to=2026-04-01");
        assertTrue(browser.find(By.id("toError")).getText().contains("“To” must be the same as or later than “From”"));
        browser.assertAccessible();
    }

    @Test
    void membersCannotOpenTheAuditTrail() {
        browser.signIn("member");
        browser.open("/admin/audit.xhtml");
        assertTrue(browser.bodyText().contains("Page not found"));
    }

    private static String actionIdFromFirstLink() {
        String text = browser.find(By.cssSelector("#audit tbody a")).getText();
        return text.substring(text.lastIndexOf(' ') + 1);
    }
}
