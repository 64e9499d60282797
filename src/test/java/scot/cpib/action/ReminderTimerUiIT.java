package scot.cpib.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.it.MailCatcher.perAddress;
import static scot.cpib.it.MailCatcher.subject;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.api.SecondInstance;
import scot.cpib.it.AppServer;
import scot.cpib.it.Browser;
import scot.cpib.it.MailCatcher;

/**
 * The reminder timer fires by itself. The tier's second instance ({@link SecondInstance}: fresh demo data
 * on MariaDB, the schedule switched off as the demo has it; this class is the first to use it) looks every
 * two seconds ({@code CPIB_REMINDERS_CHECK_SECONDS=2}, the setting operations.md documents; fifteen
 * minutes when unset). Once the secretariat switches the schedule on for a time already passed this
 * week, the timer, with nobody pressing "Send now", sends one digest per owner of overdue demo actions
 * and records each as sent by the scheduler; its later firings in the same week send none. The schedule
 * is switched off again at the end. The shared app of the other browser tests is not touched.
 */
class ReminderTimerUiIT {

    private static final String DIGEST = "Your board actions:";
    /** Long enough for three of the timer's looks. */
    private static final long SETTLE_MILLIS = 3_500L * SecondInstance.REMINDERS_CHECK_SECONDS;
    private static SecondInstance usedBefore;

    private static AppServer app;
    private static Browser browser;

    @BeforeAll
    static void secondInstanceWhoseTimerLooksEveryTwoSeconds() {
        MailCatcher.get();
        SecondInstance instance = SecondInstance.get();
        if (instance == usedBefore) {
            // failsafe runs the test again after a failure: this instance has sent this week's digests
            // already, so a fresh one (a fresh database) serves the rerun and the classes after it
            instance.kill();
            instance = SecondInstance.get();
        }
        usedBefore = instance;
        app = instance.app();
        browser = new Browser(app);
    }

    /** The instance stays up for the classes after this one (SecondInstance). */
    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theTimerSendsTheWeeksDigestsByItselfOncePerOwnerAndItsLaterFiringsSendNone() {
        browser.signIn("secretariat");
        browser.open("/admin/reminders.xhtml");
        assertEquals("No reminders have been sent yet.", browser.find(By.id("none")).getText());
        List<MimeMessage> earlier = digestsNow();
        sleep(SETTLE_MILLIS);
        assertEquals(earlier.size(), digestsNow().size(), "switched off, the schedule's firings send nothing");

        if (!browser.find(By.id("settings:enabled")).isSelected()) {
            browser.click(By.id("settings:enabled"));
        }
        new Select(browser.find(By.id("settings:day"))).selectByVisibleText("Monday");
        new Select(browser.find(By.id("settings:hour"))).selectByVisibleText("00:00");
        browser.click(By.id("settings:save"));
        browser.waitForText(By.id("summary"), "Reminder schedule saved.");

        Map<String, Integer> perAddress = newPerAddress(earlier, settledDigestsAfter(earlier.size()));
        assertTrue(perAddress.size() >= 3, "the demo's overdue actions have several owners: " + perAddress);
        assertTrue(perAddress.values().stream().allMatch(n -> n == 1), "one digest per owner: " + perAddress);
        assertTrue(perAddress.containsKey("mark.mcateer@example.org"), perAddress.toString());

        browser.open("/admin/reminders.xhtml");
        String latest = browser.find(By.id("latest")).getText();
        assertTrue(latest.contains("Weekly reminder to Mark McAteer") && latest.contains("scheduler") && latest.contains("Sent"),
                latest);
        browser.screenshot("reminders-sent-by-timer");

        int afterFirst = digestsNow().size();
        sleep(SETTLE_MILLIS);
        assertEquals(afterFirst, digestsNow().size(), "the timer's later firings in the same week send none");

        browser.click(By.id("settings:enabled"));
        browser.click(By.id("settings:save"));
        browser.waitForText(By.id("summary"), "Reminder schedule saved.");
    }

    /** How many digests each address got beyond the earlier ones (the catcher lists messages by mailbox, not by arrival). */
    private static Map<String, Integer> newPerAddress(List<MimeMessage> earlier, List<MimeMessage> now) {
        Map<String, Integer> counts = perAddress(now);
        perAddress(earlier).forEach((address, n) -> counts.merge(address, -n, Integer::sum));
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    /** Every digest so far, once more than {@code before} have arrived and no more have come for a while. */
    private static List<MimeMessage> settledDigestsAfter(int before) {
        long deadline = System.currentTimeMillis() + 60_000;
        List<MimeMessage> all = digestsNow();
        while (all.size() == before && System.currentTimeMillis() < deadline) {
            sleep(250);
            all = digestsNow();
        }
        assertTrue(all.size() > before, "the timer sent no digest within a minute of the schedule being switched on");
        int seen;
        do {
            seen = all.size();
            sleep(3_000);
            all = digestsNow();
        } while (all.size() != seen);
        return all;
    }

    private static List<MimeMessage> digestsNow() {
        return MailCatcher.get().waitForMessages(0).stream().filter(m -> subject(m).startsWith(DIGEST)).toList();
    }


    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
