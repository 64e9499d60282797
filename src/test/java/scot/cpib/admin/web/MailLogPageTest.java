package scot.cpib.admin.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.application.OutgoingMail;

class MailLogPageTest {

    @Test
    void acceptsOrdinaryAddresses() {
        assertTrue(MailLogPage.isAddress("jo.bloggs@improvementservice.org.uk"));
    }

    @Test
    void refusesWhatIsNotAnAddress() {
        assertFalse(MailLogPage.isAddress("not-an-address"));
        assertFalse(MailLogPage.isAddress("two@at@signs.org"));
        assertFalse(MailLogPage.isAddress("space in@example.org"));
        assertFalse(MailLogPage.isAddress("a".repeat(250) + "@example.org"));
    }

    @Test
    void anEmailNeedsARecipientAndNoBlankOnes() {
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail(List.of(), "s", "t", "p"));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail(List.of(" "), "s", "t", "p"));
    }
}
