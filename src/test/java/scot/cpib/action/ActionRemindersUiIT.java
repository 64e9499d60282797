package scot.cpib.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.it.MailCatcher.perAddress;
import static scot.cpib.it.MailCatcher.subject;
import static scot.cpib.it.MailCatcher.recipient;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.BrowserSession;
import scot.cpib.it.MailCatcher;

/**
 * Reminders to action owners in the browser, with the e-mails checked in the test mail server: the
 * weekly digest goes once per owner of the demo's overdue actions and a second run in the same week
 * sends none; the secretariat chases one action (14/4/1); a member chooses no reminders and back.
 * Keeps the schedule switched off, so the server's own timer sends nothing while the tests run.
 */
class ActionRemindersUiIT extends BrowserSession {

    private static final String DIGEST = "Your board actions:";

    @Test
    void reminderJobSendsOneDigestPerOwnerOfOverdueDemoActionsAndASecondRunSendsNone() throws MessagingException {
        browser.signIn("secretariat");
        browser.open("/actions/index.xhtml");
        browser.click(By.cssSelector("#remindersLink a"));
        browser.waitFor(By.id("send:now"));
        browser.assertAccessible();
        browser.screenshot("reminders-settings");

        browser.click(By.id("send:now"));
        browser.waitForText(By.id("summary"), "Reminders sent: ");
        int sent = number(browser.find(By.id("summary")).getText(), "Reminders sent: (\\d+)");
        assertTrue(sent >= 3, "the demo's overdue actions have several owners: " + browser.find(By.id("summary")).getText());
        List<MimeMessage> digests = waitForDigests(sent);
        Map<String, Integer> perAddress = perAddress(digests);
        assertEquals(sent, perAddress.size(), "one digest per owner: " + perAddress);
        assertTrue(perAddress.values().stream().allMatch(n -> n == 1), perAddress.toString());
        MimeMessage mark = digests.stream().filter(m -> recipient(m).equals("mark.mcateer@example.org")).findFirst().orElseThrow();
        String text = MailCatcher.text(mark);
        assertTrue(mark.getSubject().matches("Your board actions: \\d+ overdue, \\d+ due soon"), mark.getSubject());
        assertTrue(text.contains("Overdue:") && text.contains("/actions/view.xhtml?id="), text);
        assertTrue(text.contains("/actions/mine.xhtml"), "says where to stop them: " + text);
        String latest = browser.find(By.id("latest")).getText();
        assertTrue(latest.contains("Weekly reminder to Mark McAteer") && latest.contains("Sent"), latest);
        browser.assertAccessible();
        browser.screenshot("reminders-sent");

        browser.click(By.id("send:now"));
        browser.waitForText(By.id("summary"), "Reminders sent: 0. Already reminded this week: ");
        // no wait: the run sends within the request (the mail server has each digest before the page answers)
        assertEquals(digests.size(), digestsNow().size(), "the second run of the week sends none");
    }

    @Test
    void secretariatSavesTheScheduleAndAWrongLeadTimeIsRefusedNextToTheField() {
        browser.signIn("secretariat");
        browser.open("/admin/reminders.xhtml");
        browser.type(By.id("settings:leadDays"), "200");
        browser.click(By.id("settings:save"));
        browser.waitForText(By.id("summary"), "Enter a number of days from 0 to 90.");
        assertTrue(browser.find(By.id("settings:leadDaysError")).getText().contains("0 to 90"));
        assertEquals("200", browser.find(By.id("settings:leadDays")).getAttribute("value"), "what was typed stays");
        browser.assertAccessible();

        new Select(browser.find(By.id("settings:day"))).selectByVisibleText("Friday");
        browser.type(By.id("settings:leadDays"), "21");
        browser.click(By.id("settings:save"));
        browser.waitForText(By.id("summary"), "Reminder schedule saved.");
        assertEquals("Friday", new Select(browser.find(By.id("settings:day"))).getFirstSelectedOption().getText());
        assertEquals("21", browser.find(By.id("settings:leadDays")).getAttribute("value"));
        assertFalse(browser.find(By.id("settings:enabled")).isSelected(), "left off: the timer sends nothing during the tests");
    }

    @Test
    void secretariatChasesOneActionAndTheOwnerGetsTheEmail() throws MessagingException {
        String audrey = "audrey.macdougall@example.org";
        int before = chasesTo(audrey).size();
        browser.signIn("secretariat");
        browser.open("/actions/view.xhtml?ref=14/4/1");
        browser.click(By.id("chase:send"));
        browser.waitForText(By.id("summary"), "Chase e-mail for action 14/4/1: Sent.");
        assertTrue(browser.find(By.id("chases")).getText().contains(audrey), browser.find(By.id("chases")).getText());
        assertTrue(browser.find(By.id("history")).getText().contains("Chased by e-mail"));
        browser.assertAccessible();
        browser.screenshot("action-chased");

        long deadline = System.currentTimeMillis() + 10_000;
        while (chasesTo(audrey).size() <= before && System.currentTimeMillis() < deadline) {
            sleep(200);
        }
        List<MimeMessage> chases = chasesTo(audrey);
        assertEquals(before + 1, chases.size());
        String text = MailCatcher.text(chases.get(chases.size() - 1));
        assertTrue(text.contains("Audrey will circulate the full list") && text.contains("/actions/view.xhtml?id="), text);
    }

    @Test
    void memberChoosesNoReminderEmailsAndBackOnMyActions() {
        browser.signIn("member");
        browser.open("/actions/mine.xhtml");
        assertEquals("Once a week", new Select(browser.find(By.id("reminderChoice:choice"))).getFirstSelectedOption().getText());
        new Select(browser.find(By.id("reminderChoice:choice"))).selectByVisibleText("Never");
        browser.click(By.id("reminderChoice:save"));
        browser.waitForText(By.id("summary"), "Your choice of reminder e-mails is saved.");
        assertEquals("Never", new Select(browser.find(By.id("reminderChoice:choice"))).getFirstSelectedOption().getText());
        browser.assertAccessible();

        new Select(browser.find(By.id("reminderChoice:choice"))).selectByVisibleText("Once a week");
        browser.click(By.id("reminderChoice:save"));
        browser.waitForText(By.id("summary"), "Your choice of reminder e-mails is saved.");
        assertEquals("Once a week", new Select(browser.find(By.id("reminderChoice:choice"))).getFirstSelectedOption().getText());
    }

    private static List<MimeMessage> digestsNow() {
        return MailCatcher.get().waitForMessages(0).stream().filter(m -> subject(m).startsWith(DIGEST)).toList();
    }

    private static List<MimeMessage> waitForDigests(int count) {
        long deadline = System.currentTimeMillis() + 15_000;
        List<MimeMessage> found = digestsNow();
        while (found.size() < count && System.currentTimeMillis() < deadline) {
            sleep(200);
            found = digestsNow();
        }
        return found;
    }

    private static List<MimeMessage> chasesTo(String address) {
        return MailCatcher.get().messagesTo(address).stream().filter(m -> subject(m).startsWith("Board action 14/4/1")).toList();
    }


    private static int number(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertTrue(matcher.find(), text);
        return Integer.parseInt(matcher.group(1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
