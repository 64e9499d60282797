package scot.cpib.minutes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.cpib.it.BrowserSession;

/**
 * The draft minute review page in the browser: before the minute is drafted the page says why the
 * draft cannot go to the chair yet, and refuses with that reason; a member sees where the draft is
 * but no secretariat's buttons. (The whole review, with its e-mails, is MinuteReviewIT's.)
 */
class MinuteReviewUiIT extends BrowserSession {

    @Test
    void beforeTheMinuteIsDraftedThePageSaysWhyItCannotGoToTheChairAndAMemberOnlyReadsIt() {
        browser.signIn("secretariat");
        String meetingId = browser.planNextMeetingInTheFuture();
        browser.click(By.id("reviewLink"));
        browser.waitFor(By.id("stage"));
        assertTrue(browser.find(By.id("stage")).getText().contains("With the secretariat"), browser.find(By.id("stage")).getText());
        assertTrue(browser.find(By.id("notDrafted")).getText().contains("once the meeting is held and its minute is written"));
        browser.click(By.id("secretariat:send"));
        browser.waitForText(By.id("summary"), "The draft can go to the chair once the meeting is held");
        assertTrue(browser.find(By.id("noSteps")).isDisplayed());
        browser.assertAccessible();
        browser.screenshot("minute-review-not-drafted");

        browser.signOut();
        browser.signIn("member");
        browser.open("/meetings/minute-review.xhtml?id=" + meetingId);
        assertTrue(browser.find(By.id("stage")).getText().contains("With the secretariat"));
        assertTrue(browser.driver().findElements(By.id("secretariat:send")).isEmpty(), "no secretariat's buttons for a member");
        browser.assertAccessible();
    }
}
