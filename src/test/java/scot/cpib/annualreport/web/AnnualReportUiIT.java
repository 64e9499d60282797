package scot.cpib.annualreport.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import scot.cpib.it.BrowserSession;

/**
 * The secretariat starts an annual report from the list (by keyboard), reads its figures from the demo record,
 * writes a section's narrative; a board member reads it but cannot edit. Every page passes axe-core and fits
 * a 390 px screen.
 */
class AnnualReportUiIT extends BrowserSession {

    private static final String NARRATIVE = "The board met twice and agreed its new name and purpose.";

    @Test
    void secretariatStartsAReportWritesASectionAndAMemberReadsIt() {
        browser.signIn("secretariat");
        browser.open("/reports/index.xhtml");
        browser.waitFor(By.id("start:startButton"));
        browser.assertAccessible();
        browser.type(By.id("start:title"), "CPIB annual report: year to March 2019");
        setValue("start:periodStart", "2018-04-01");
        setValue("start:periodEnd", "2019-03-31");
        browser.activateByKeyboard("start:startButton", 40);
        browser.waitForText(By.id("summary"), "has been drafted from the record");
        Matcher id = Pattern.compile("id=(\\d+)").matcher(browser.driver().getCurrentUrl());
        assertTrue(id.find(), browser.driver().getCurrentUrl());
        String reportId = id.group(1);

        assertEquals("2", figure("MEETINGS", "Meetings held"));
        assertEquals("13 present, 4 apologies, 0 in attendance", figure("MEETINGS", "15th meeting, 28 November 2018"));
        assertEquals("16", figure("ACTIONS", "Agreed at the 15th meeting, 28 November 2018"));
        browser.assertAccessible();
        browser.screenshot("annual-report-view");
        assertFitsPhoneWidth("annual-report-view-390");

        browser.click(By.cssSelector("#section-DECISIONS a[id$='edit']"));
        browser.waitFor(By.id("section:narrative"));
        browser.assertAccessible();
        browser.type(By.id("section:narrative"), NARRATIVE);
        browser.activateByKeyboard("section:save", 40);
        browser.waitForText(By.id("summary"), "has been saved");
        assertTrue(browser.find(By.id("section-DECISIONS")).getText().contains(NARRATIVE));
        String sectionLink = browser.find(By.cssSelector("#section-DECISIONS a[id$='edit']")).getAttribute("href");
        browser.signOut();

        browser.signIn("member");
        browser.open("/reports/index.xhtml");
        browser.click(By.linkText("CPIB annual report: year to March 2019"));
        browser.waitFor(By.id("section-DECISIONS"));
        assertTrue(browser.find(By.id("section-DECISIONS")).getText().contains(NARRATIVE), "a member reads the narrative");
        assertTrue(browser.driver().findElements(By.cssSelector("a[id$='edit']")).isEmpty(), "a member has no edit link");
        assertTrue(browser.driver().findElements(By.id("actions:refresh")).isEmpty(), "a member cannot refresh the figures");
        browser.assertAccessible();
        browser.driver().get(sectionLink);
        browser.waitForText(By.tagName("h1"), "Page not found");
        browser.open("/reports/index.xhtml");
        assertTrue(browser.driver().findElements(By.id("start:startButton")).isEmpty(), "a member cannot start a report");
        assertTrue(browser.bodyText().contains("CPIB annual report: year to March 2019"));
        browser.open("/reports/view.xhtml?id=" + reportId);
        browser.waitFor(By.id("section-MEETINGS"));
    }

    private String figure(String section, String label) {
        for (WebElement row : browser.find(By.id("section-" + section)).findElements(By.cssSelector("tbody tr"))) {
            if (row.findElement(By.tagName("th")).getText().equals(label)) {
                return row.findElement(By.tagName("td")).getText();
            }
        }
        throw new AssertionError("no figure " + label + " in section " + section);
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
