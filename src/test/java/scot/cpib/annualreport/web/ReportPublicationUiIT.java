package scot.cpib.annualreport.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;
import scot.cpib.it.BrowserSession;
import scot.cpib.reporting.PdfInspection;

/**
 * The secretariat records the board's approval against a decision in the 15th meeting's minute and publishes
 * the report; without signing in, anyone then reads it on its public page (axe-core clean) and downloads it as
 * a tagged PDF whose figures are those on the page.
 */
class ReportPublicationUiIT extends BrowserSession {

    private static final String TITLE = "CPIB annual report: publication test, year to March 2015";

    @Test
    void approvedReportIsPublishedAsAPublicPageAndATaggedPdf() throws Exception {
        browser.signIn("secretariat");
        browser.open("/reports/index.xhtml");
        browser.type(By.id("start:title"), TITLE);
        setValue("start:periodStart", "2014-04-01");
        setValue("start:periodEnd", "2015-03-31");
        browser.click(By.id("start:startButton"));
        browser.waitForText(By.id("summary"), "has been drafted from the record");
        Matcher id = Pattern.compile("id=(\\d+)").matcher(browser.driver().getCurrentUrl());
        assertTrue(id.find());
        String reportId = id.group(1);
        setValue("round:deadline", LocalDate.now().plusDays(10).toString());
        browser.click(By.id("round:send"));
        browser.waitForText(By.id("summary"), "Round 1 was sent");

        browser.click(By.id("approval:approve"));
        browser.waitForText(By.id("summary"), "Choose the decision in the minute");
        Select decisions = new Select(browser.find(By.id("approval:decision")));
        String chosen = decisions.getOptions().stream().map(WebElement::getText)
                .filter(t -> t.startsWith("15th meeting, 28 November 2018, item ")).findFirst()
                .orElseThrow(() -> new AssertionError("no item of the 15th meeting to choose"));
        decisions.selectByVisibleText(chosen);
        browser.click(By.id("approval:approve"));
        browser.waitForText(By.id("summary"), "The approval is recorded");
        assertTrue(browser.find(By.id("approvedLine")).getText().startsWith("Approved by the board at its 15th meeting on 28 November 2018"));
        browser.assertAccessible();
        browser.click(By.id("publication:publish"));
        browser.waitForText(By.id("summary"), "The report is published");
        browser.signOut();

        browser.open("/index.xhtml");
        browser.click(By.id("annualReportsLink"));
        browser.waitFor(By.id("published"));
        browser.assertAccessible();
        browser.click(By.linkText(TITLE));
        browser.waitFor(By.id("section-MEETINGS"));
        assertTrue(browser.find(By.id("approvedLine")).getText().contains("15th meeting"));
        browser.assertAccessible();
        browser.screenshot("annual-report-public");
        String meetingsHeld = browser.find(By.xpath("//section[@id='section-MEETINGS']//tr[th='Meetings held']/td")).getText();

        HttpResponse<byte[]> pdf = new ApiClient(AppServer.get()).getBytes("/api/v1/annual-reports/" + reportId + "/report.pdf", null);
        assertEquals(200, pdf.statusCode(), "the public downloads the published PDF");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            assertEquals(TITLE, document.getDocumentInformation().getTitle());
            assertTrue(PdfInspection.flowText(document).contains("Meetings held " + meetingsHeld), "the PDF's figures are the page's");
        }
    }

    private void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }
}
