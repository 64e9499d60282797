package scot.cpib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.cpib.it.BrowserSession;
import scot.cpib.it.MailCatcher;

/** The mail log: a test e-mail reaches the SMTP server, is logged as sent, and bad addresses are explained. */
class MailLogUiIT extends BrowserSession {

    @Test
    void secretariatSendsATestEmailThatArrivesAndIsLogged() throws MessagingException {
        String address = "mail-log-test@example.org";
        browser.signIn("secretariat");
        browser.open("/admin/mail.xhtml");
        assertTrue(browser.find(By.id("settings")).getText().contains("127.0.0.1"), "the SMTP server is named");
        browser.type(By.id("test:address"), address);
        browser.click(By.id("test:send"));
        browser.waitForText(By.id("summary"), "Test e-mail sent to " + address);

        List<MimeMessage> received = MailCatcher.get().waitForMessagesTo(address, 1);
        assertEquals(1, received.size(), "one message arrived");
        assertEquals("CPIB Board Manager: test e-mail", received.get(0).getSubject());
        assertTrue(MailCatcher.text(received.get(0)).contains("sent by secretariat"));
        assertEquals("secretariat@cpib.example.org", received.get(0).getFrom()[0].toString());

        String log = browser.find(By.id("log")).getText();
        assertTrue(log.contains(address) && log.contains("Sent") && log.contains("secretariat"), log);
        browser.assertAccessible();
        browser.screenshot("admin-mail-log");
    }

    @Test
    void anAddressWithoutAnAtSignIsExplainedAtTheFieldAndKept() {
        browser.signIn("secretariat");
        browser.open("/admin/mail.xhtml");
        browser.type(By.id("test:address"), "not-an-address");
        browser.click(By.id("test:send"));
        assertTrue(browser.find(By.id("test:addressError")).getText()
                .contains("“not-an-address” is not an e-mail address"));
        assertEquals("not-an-address", browser.find(By.id("test:address")).getAttribute("value"));
        browser.assertAccessible();
    }

    @Test
    void membersCannotOpenTheMailLog() {
        browser.signIn("member");
        browser.open("/admin/mail.xhtml");
        assertTrue(browser.bodyText().contains("Page not found"));
    }
}
