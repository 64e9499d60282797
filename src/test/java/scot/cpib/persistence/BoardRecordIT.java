package scot.cpib.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.it.Deployments;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.application.MailReceipt;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.application.OutgoingMail;
import scot.cpib.shared.domain.MailLogEntry;
import scot.cpib.shared.domain.MailStatus;

/** The demo board record as loaded by Flyway and the demo loader, read back through JPA. */
@ExtendWith(ArquillianExtension.class)
class BoardRecordIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(BoardRecordIT.class);
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Mailer mailer;

    @Test
    void demoRecordHasTheThreeMeetingsOfThePack() {
        List<Meeting> meetings = em.createQuery("SELECT m FROM Meeting m WHERE m.board.shortName = 'CPIB' AND m.number < 100 ORDER BY m.number", Meeting.class).getResultList();
        assertEquals(List.of(14, 15, 16), meetings.stream().map(Meeting::getNumber).toList());
        Meeting february = meetings.get(2);
        assertEquals(LocalDate.of(2019, 2, 28), february.getDate());
        assertEquals(8, february.getAgenda().size());
        assertEquals("Minute & Matters Arising", february.getAgenda().get(1).getTitle());
    }

    @Test
    void novemberMinuteHasEveryAgreedActionWithOwnerAndMonth() {
        List<AgreedAction> actions = em.createQuery(
                "SELECT a FROM AgreedAction a WHERE a.meeting.number = 15 ORDER BY a.id", AgreedAction.class).getResultList();
        assertEquals(16, actions.size());
        assertTrue(actions.stream().allMatch(a -> a.getDue() != null && a.getDue().isMonthOnly()));
        assertTrue(actions.stream().noneMatch(a -> a.getOwnerLabel().isBlank()));
        AgreedAction engagement = actions.stream().filter(a -> a.getReference().equals("15/4iii/1")).findFirst().orElseThrow();
        assertEquals("Develop engagement strategy and incorporate within work programme", engagement.getDescription());
        assertEquals("IS", engagement.getOwnerLabel());
        assertEquals("February 2019", engagement.getDue().getLabel());
    }

    @Test
    void mailWithoutAnSmtpServerIsKeptInTheLogAsNotSent() {
        MailReceipt receipt = mailer.send(OutgoingMail.to("nobody@example.org", "Board record IT", "Text kept", "it-test"));
        assertEquals(MailStatus.NOT_CONFIGURED, receipt.status());
        MailLogEntry logged = mailer.log("it-test", 5).get(0);
        assertEquals(receipt.logId(), logged.getId());
        assertEquals("nobody@example.org", logged.getRecipients());
        assertEquals("Text kept", logged.getBody());
        assertEquals(MailStatus.NOT_CONFIGURED, logged.getStatus());
        assertTrue(logged.getDetail().contains("CPIB_MAIL_HOST"));
    }
}
