package scot.cpib.workprogramme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.Browser;
import scot.cpib.it.BrowserSession;

/**
 * The work programme pages in a browser: the overview, a workstream, the lead's page, the update
 * form and the resource catalogue. Writes updates only on version 1's workstream 7 "Measures of
 * Success" (led by the group CPIB members, which the demo lead belongs to).
 */
class WorkProgrammeUiIT extends BrowserSession {

    /** Signs out whoever is signed in (from any page), then signs in as the user, or stays signed out for null. */
    private void actAs(String username) {
        browser.open("/index.xhtml");
        browser.signOut();
        if (username != null) {
            browser.signIn(username);
        }
    }

    @Test
    void overviewShowsTheEightRevisedWorkstreamsWithTheirLeads() {
        actAs("member");
        browser.open("/work-programme/index.xhtml");
        List<WebElement> rows = browser.find(By.id("workstreams")).findElements(By.cssSelector("tbody tr"));
        assertEquals(8, rows.size());
        assertTrue(rows.get(0).getText().startsWith("1. Strengthened leadership and influence"), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("Gerry McLaughlin"), rows.get(0).getText());
        assertTrue(rows.get(2).getText().contains("Mark McAteer"), rows.get(2).getText());
        assertTrue(rows.get(3).getText().contains("Lead to be agreed"), rows.get(3).getText());
        assertTrue(rows.get(4).getText().contains("Roger Halliday / Phil Couser"), rows.get(4).getText());
        assertTrue(rows.get(7).getText().contains("CPIB members"), rows.get(7).getText());
        assertTrue(rows.get(2).getText().contains("Not rated"), "version 1's update follows workstream 3: " + rows.get(2).getText());
        assertTrue(browser.find(By.id("draftNotice")).getText().contains("not yet approved"));
        assertTrue(browser.find(By.id("otherVersions")).getText().contains("Version 1"));
        assertTrue(browser.find(By.cssSelector("#reportLinks a")).getAttribute("href").endsWith("/progress-report.pdf"),
                "the draft reports through the periods of the version it continues");
        browser.assertAccessible();
        browser.screenshot("work-programme-overview");

        browser.click(By.linkText("See the approved programme (version 1)"));
        browser.waitForText(By.id("versionFacts"), "Version 1");
        String previous = browser.find(By.id("workstreams")).getText();
        assertTrue(previous.contains("No update provided"), previous);
        assertTrue(browser.find(By.id("reportLinks")).getText().contains("PDF"));
        assertTrue(browser.find(By.cssSelector("#reportLinks a")).getAttribute("href").endsWith("/progress-report.pdf"));
        browser.assertAccessible();
    }

    @Test
    void publicSeesOnlyTheApprovedProgramme() {
        actAs(null);
        browser.open("/work-programme/index.xhtml");
        assertTrue(browser.find(By.id("versionFacts")).getText().contains("Version 1"));
        assertEquals(7, browser.find(By.id("workstreams")).findElements(By.cssSelector("tbody tr")).size());
        assertTrue(browser.driver().findElements(By.id("draftNotice")).isEmpty());
        assertFalse(browser.find(By.id("workstreams")).getText().contains("Overdue actions"));
        assertTrue(browser.driver().findElements(By.id("reportLinks")).isEmpty(), "the report lists actions: signed-in only");
        browser.assertAccessible();
        browser.screenshot("work-programme-overview-public");

        actAs("member");
        String revised = browser.workstreamPath(2, 3);
        actAs(null);
        browser.open(revised);
        assertTrue(browser.bodyText().contains("Page not found"));
    }

    @Test
    void workstreamPageShowsItsLinkedActionsFromTheNovember2018Minute() {
        actAs("member");
        browser.open(browser.workstreamPath(2, 3));
        assertTrue(browser.find(By.tagName("h1")).getText().startsWith("3. "));
        assertTrue(browser.find(By.id("leads")).getText().contains("Mark McAteer"));
        String actions = browser.find(By.id("actions")).getText();
        assertTrue(actions.contains("15/5/1"), actions);
        assertTrue(browser.find(By.cssSelector("#actions li[data-ref='15/5/1'] a")).getAttribute("href").contains("/actions/view.xhtml"));
        String decisions = browser.find(By.id("decisions")).getText();
        assertTrue(decisions.contains("Minute of 28 November 2018"), decisions);
        assertTrue(browser.find(By.id("continues")).getText().contains("Performance Management"));
        assertTrue(browser.find(By.id("questions")).getText().contains("leadership role"));
        assertTrue(browser.find(By.id("resources")).getText().contains("CPP Board Member Guidance"));
        WebElement chart = browser.find(By.id("ragChart"));
        assertEquals("img", chart.getAttribute("role"));
        assertTrue(chart.getAttribute("aria-label").contains("Year to November 2018: Not rated"), chart.getAttribute("aria-label"));
        assertTrue(browser.find(By.id("ragTable")).getText().contains("Not rated"));
        browser.assertAccessible();
        browser.screenshot("work-programme-workstream");
        browser.driver().executeScript("document.getElementById('activities').scrollIntoView()");
        browser.screenshot("work-programme-workstream-activities");
        browser.driver().executeScript("document.getElementById('actions').scrollIntoView()");
        browser.screenshot("work-programme-workstream-links");

        browser.open(browser.workstreamPath(1, 6));
        assertTrue(browser.find(By.id("actions")).getText().contains("15/4iii/1"));
        browser.assertAccessible();
    }

    @Test
    void leadSeesTheirWorkstreamsAndActionsAndIsToldToGiveAReasonForAmber() {
        actAs("lead");
        browser.open("/index.xhtml");
        browser.click(By.cssSelector("#leadHome a[id$='leadAll']"));
        String mine = browser.find(By.id("myWorkstreams")).getText();
        assertTrue(mine.contains("3. Performance Management"), mine);
        assertTrue(mine.contains("7. Measures of Success"), "led through the group CPIB members: " + mine);
        assertTrue(browser.find(By.id("myActions")).getText().contains("15/5/2"));
        assertTrue(browser.find(By.id("period")).getText().contains("Year to November 2018"));
        assertTrue(browser.find(By.id("proposed")).getText().contains("3. "));
        browser.assertAccessible();
        browser.screenshot("work-programme-my");

        browser.click(By.cssSelector("#myWorkstreams tr[data-number='7'] a.button"));
        browser.waitFor(By.id("update:save"));
        browser.assertAccessible();
        browser.screenshot("work-programme-update-form");
        browser.click(By.cssSelector("input[value='AMBER']"));
        String achievements = "Draft measures of success shared with the board " + System.nanoTime();
        browser.type(By.id("update:achievements"), achievements);
        browser.type(By.id("update:nextSteps"), "Agree the measures at the next meeting");
        browser.click(By.id("update:save"));

        browser.waitForText(By.id("summary"), "Give the reason for the amber status");
        assertTrue(browser.find(By.id("update:ragReasonError")).getText().contains("Give the reason for the amber status"));
        assertEquals(achievements, browser.find(By.id("update:achievements")).getAttribute("value"));
        assertTrue(browser.find(By.cssSelector("input[value='AMBER']")).isSelected());
        browser.assertAccessible();
        browser.screenshot("work-programme-update-reason-missing");

        String reason = "Partners have not yet agreed the indicators";
        browser.type(By.id("update:ragReason"), reason);
        browser.click(By.id("update:save"));
        browser.waitForText(By.id("summary"), "Your update on 7. Measures of Success has been saved.");
        WebElement newest = browser.find(By.cssSelector("#history article.update"));
        assertTrue(newest.getText().contains(reason), newest.getText());
        assertTrue(newest.getText().contains(achievements), newest.getText());
        assertTrue(newest.getText().contains("Mark McAteer"), newest.getText());
        assertTrue(browser.find(By.id("ragChart")).getAttribute("aria-label").contains("Amber"));
        browser.assertAccessible();
        browser.driver().executeScript("document.getElementById('history').scrollIntoView()");
        browser.screenshot("work-programme-update-saved");
    }

    @Test
    void conflictingCorrectionShowsBothVersionsAndKeepsTheLeadsText() {
        actAs("lead");
        String measures = browser.workstreamPath(1, 7);
        browser.open("/work-programme/update.xhtml?workstream=" + measures.substring(measures.indexOf("id=") + 3));
        browser.click(By.cssSelector("input[value='GREEN']"));
        browser.type(By.id("update:achievements"), "Measures shared for comment " + System.nanoTime());
        browser.click(By.id("update:save"));
        browser.waitForText(By.id("summary"), "has been saved");
        browser.click(By.cssSelector("#history article.update a"));
        browser.waitFor(By.id("update:save"));
        String correctionPath = browser.driver().getCurrentUrl().substring(browser.driver().getCurrentUrl().indexOf("/work-programme/"));
        try (Browser secretariat = Browser.another(app)) {
            secretariat.signIn("secretariat");
            secretariat.open(correctionPath);
            secretariat.type(By.id("update:achievements"), "Measures agreed by e-mail with all partners");
            secretariat.click(By.id("update:save"));
            secretariat.waitForText(By.id("summary"), "correction");
        }
        String mine = "Measures revised after partners' comments";
        browser.type(By.id("update:achievements"), mine);
        browser.click(By.id("update:save"));

        browser.waitForText(By.id("summary"), "Someone else saved this while you were editing");
        String conflict = browser.find(By.cssSelector(".conflict")).getText();
        assertTrue(conflict.contains("Measures agreed by e-mail with all partners"), conflict);
        assertTrue(conflict.contains(mine), conflict);
        assertEquals(mine, browser.find(By.id("update:achievements")).getAttribute("value"));
        browser.assertAccessible();
        browser.screenshot("work-programme-update-conflict");

        browser.click(By.id("update:save"));
        browser.waitForText(By.id("summary"), "Your correction to the update on 7. Measures of Success has been saved.");
        assertTrue(browser.find(By.cssSelector("#history article.update")).getText().contains(mine));
    }

    @Test
    void memberCannotOpenTheUpdateFormAndALeadOnlyTheirOwn() {
        actAs("member");
        String measures = browser.workstreamPath(1, 7);
        String data = browser.workstreamPath(1, 1);
        browser.open(measures);
        assertTrue(browser.driver().findElements(By.id("writeUpdate")).isEmpty());
        String id = measures.substring(measures.indexOf("id=") + 3);
        browser.open("/work-programme/update.xhtml?workstream=" + id);
        assertTrue(browser.bodyText().contains("Page not found"));

        actAs("lead");
        browser.open("/work-programme/update.xhtml?workstream=" + data.substring(data.indexOf("id=") + 3));
        assertTrue(browser.bodyText().contains("Page not found"), "the lead does not lead workstream 1");
        browser.open(data);
        assertTrue(browser.driver().findElements(By.id("writeUpdate")).isEmpty());
    }

    @Test
    void resourceSearchFindsAnAppendix3Resource() {
        actAs(null);
        browser.open("/work-programme/resources.xhtml");
        int all = browser.find(By.id("results")).findElements(By.cssSelector("li.resource")).size();
        assertTrue(all > 30, "catalogue of " + all);
        browser.type(By.id("q"), "Kinharvie");
        browser.click(By.id("searchButton"));
        browser.waitForUrl("q=Kinharvie");
        browser.waitForText(By.id("resultCount"), "Resources found:");
        int found = browser.find(By.id("results")).findElements(By.cssSelector("li.resource")).size();
        assertTrue(found >= 1 && found < all, "found " + found);
        assertEquals("Kinharvie Institute", browser.find(By.cssSelector("#results li.resource h2")).getText());
        browser.assertAccessible();
        browser.screenshot("work-programme-resources");

        browser.open("/work-programme/resources.xhtml");
        new Select(browser.find(By.id("kind"))).selectByVisibleText("Data");
        browser.click(By.id("searchButton"));
        browser.waitForUrl("kind=");
        String data = browser.find(By.id("results")).getText();
        assertTrue(data.contains("The Scottish Index of Multiple Deprivation"), data);
        assertFalse(data.contains("Kinharvie"), data);
    }

    @Test
    void leadWritesAnUpdateByKeyboardAlone() {
        actAs("lead");
        browser.open(browser.workstreamPath(1, 7));
        browser.activateByKeyboard("writeUpdate", 40);
        browser.waitFor(By.id("update:save"));
        browser.driver().findElement(By.tagName("body")).click();
        tabTo("update:rag:0");
        browser.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB, "");
        tabTo("update:achievements");
        String achievements = "Measures drafted, typed by keyboard " + System.nanoTime();
        browser.driver().switchTo().activeElement().sendKeys(achievements);
        browser.activateByKeyboard("update:save", 40);
        browser.waitForText(By.id("summary"), "has been saved");
        assertTrue(browser.find(By.cssSelector("#history article.update")).getText().contains(achievements));
        assertTrue(browser.find(By.cssSelector("#history article.update")).getText().contains("Green"));
    }

    private void tabTo(String id) {
        for (int i = 0; i < 40; i++) {
            if (id.equals(browser.driver().switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError(id + " not reached by Tab");
    }
}
