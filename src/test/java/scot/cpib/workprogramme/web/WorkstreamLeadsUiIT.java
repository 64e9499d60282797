package scot.cpib.workprogramme.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import scot.cpib.it.BrowserSession;

/**
 * A workstream's leads changed on its page by the secretariat (issue 11 point 2): "Chair" is offered
 * and taken as the chair today, shown as written, "Chair (Steve Grimmond)"; a name nobody answers to
 * is refused at the field with what was typed kept. Version 2's workstream 7 gets its lead back as
 * the demo has it (Steve Grimmond) at the end, for the classes after this one.
 */
class WorkstreamLeadsUiIT extends BrowserSession {

    @Test
    void theSecretariatNamesTheChairAsALeadAndThePageShowsTheHolderAsWritten() {
        browser.signIn("secretariat");
        String path = browser.workstreamPath(2, 7);
        browser.open(path);
        assertTrue(browser.find(By.id("leads")).getText().contains("Steve Grimmond"), browser.find(By.id("leads")).getText());
        String before = browser.find(By.id("leadsForm:leads")).getAttribute("value");
        assertFalse(browser.driver().findElements(By.cssSelector("#leadChoices option[value='Chair (Steve Grimmond)']")).isEmpty(),
                "the chair is offered by role");
        try {
            browser.type(By.id("leadsForm:leads"), "Chair/Treasurer");
            browser.click(By.id("leadsForm:saveLeads"));
            browser.waitForText(By.id("leadsForm:leadsError"), "There is no person, organisation or group called “Treasurer”");
            assertEquals("Chair/Treasurer", browser.find(By.id("leadsForm:leads")).getAttribute("value"), "what was typed is kept");
            browser.assertAccessible();

            browser.type(By.id("leadsForm:leads"), "Chair");
            browser.click(By.id("leadsForm:saveLeads"));
            browser.waitForText(By.id("summary"), "leads saved");
            assertEquals("Chair (Steve Grimmond)", browser.find(By.id("leads")).getText());
            assertEquals("Chair (Steve Grimmond)", browser.find(By.id("leadsForm:leads")).getAttribute("value"));
            browser.assertAccessible();
            browser.driver().executeScript("document.getElementById('leadsHeading').scrollIntoView()");
            browser.screenshot("workstream-leads-role");
            browser.driver().manage().window().setSize(new Dimension(390, 900));
            try {
                @SuppressWarnings("unchecked")
                List<Number> widths = (List<Number>) browser.driver().executeScript(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                assertTrue(widths.get(0).intValue() <= widths.get(1).intValue(), "fits 390 px: " + widths);
                browser.driver().executeScript("document.getElementById('leadsHeading').scrollIntoView()");
                browser.screenshot("workstream-leads-role-390");
            } finally {
                browser.driver().manage().window().setSize(new Dimension(1280, 1000));
            }
        } finally {
            browser.open(path);
            browser.type(By.id("leadsForm:leads"), before);
            browser.click(By.id("leadsForm:saveLeads"));
            browser.waitForText(By.id("summary"), "leads saved");
        }
        assertEquals(before, browser.find(By.id("leads")).getText());
    }
}
