package scot.cpib.meeting.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.ApiClient;
import scot.cpib.it.BrowserSession;
import scot.cpib.reporting.PdfInspection;

/**
 * Declarations of interest in the browser: the secretariat registers a member's interest, records his
 * declaration on an item of a newly planned meeting, sees it beside the item on the meeting page, and
 * finds it under the item in the minute page and PDF (the standing "Declarations of interest" item is
 * shown by DeclarationsInMinuteTest: adding a standing item here would carry it into every meeting
 * other tests plan after this one). Uses its own planned meeting and Ella Simpson's register.
 */
class DeclarationsUiIT extends BrowserSession {

    private static final String INTEREST = "Trustee of a community learning charity";
    private static final String LABEL = "Ella Simpson \u2013 " + INTEREST + " (took no part in the discussion)";

    private final ApiClient api = new ApiClient(app);

    @Test
    void interestDeclaredOnAnItemAppearsBesideItAndInTheMinutePdf() throws IOException {
        browser.signIn("secretariat");
        browser.open("/meetings/interests.xhtml");
        browser.click(By.id("add:save"));
        browser.waitForText(By.id("summary"), "Choose the person.");
        browser.assertAccessible();
        new Select(browser.find(By.id("add:person"))).selectByVisibleText("Ella Simpson");
        browser.type(By.id("add:description"), INTEREST);
        browser.driver().executeScript("arguments[0].value = '2018-04-01';", browser.find(By.id("add:from")));
        browser.click(By.id("add:save"));
        browser.waitForText(By.id("summary"), "Interest registered for Ella Simpson.");
        String register = browser.find(By.id("interests")).getText();
        assertTrue(register.contains(INTEREST) && register.contains("since 1 April 2018") && register.contains("next by"), register);
        browser.assertAccessible();
        browser.screenshot("interests-register");

        String meetingId = browser.planNextMeetingInTheFuture();
        addItem(meetingId, "Community learning grants");

        browser.open("/meetings/minute-edit.xhtml?id=" + meetingId);
        browser.click(By.id("declarationsLink"));
        browser.waitFor(By.id("declare:save"));
        assertTrue(browser.find(By.id("registered")).getText().contains("Ella Simpson: " + INTEREST),
                "the registered interests of those who may declare are beside the form");
        Select items = new Select(browser.find(By.id("declare:item")));
        String itemOption = items.getOptions().stream().map(o -> o.getText()).filter(t -> t.endsWith("Community learning grants"))
                .findFirst().orElseThrow();
        String itemLabel = itemOption.substring(0, itemOption.indexOf(' '));
        items.selectByVisibleText(itemOption);
        new Select(browser.find(By.id("declare:person"))).selectByVisibleText("Ella Simpson");
        browser.type(By.id("declare:interest"), INTEREST);
        browser.type(By.id("declare:participation"), "took no part in the discussion");
        browser.click(By.id("declare:save"));
        browser.waitForText(By.id("summary"), "Declaration by Ella Simpson on item " + itemLabel + " recorded.");
        assertTrue(browser.find(By.id("declarations")).getText().contains(INTEREST));
        browser.assertAccessible();
        browser.screenshot("declarations-recorded");

        browser.open("/meetings/view.xhtml?id=" + meetingId);
        assertTrue(browser.find(By.cssSelector("#agenda .declared")).getText().contains(LABEL),
                "shown beside the item for the secretariat");
        browser.open("/meetings/minute.xhtml?id=" + meetingId);
        assertTrue(browser.find(By.id("declarations-" + itemLabel)).getText().contains(LABEL));

        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/meetings/" + meetingId + "/minute.pdf", "secretariat");
        assertEquals(200, pdf.statusCode());
        try (PDDocument minute = Loader.loadPDF(pdf.body())) {
            String text = PdfInspection.flowText(minute);
            int item = text.indexOf(itemLabel + ". Community learning grants");
            int underItem = text.indexOf("Declarations of interest: " + LABEL);
            assertTrue(item >= 0 && underItem > item, text);
        }
    }

    private void addItem(String meetingId, String title) {
        browser.open("/meetings/agenda.xhtml?id=" + meetingId);
        browser.type(By.id("item:title"), title);
        browser.click(By.id("item:saveItem"));
        browser.waitForText(By.id("summary"), title);
    }
}
