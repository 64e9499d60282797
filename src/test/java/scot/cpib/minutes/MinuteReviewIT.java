package scot.cpib.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.application.MinuteReviews;
import scot.cpib.minutes.domain.MinuteReviewStep;
import scot.cpib.minutes.domain.ReviewStage;
import scot.cpib.minutes.domain.ReviewStepKind;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.AuditQueries;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.MailLogEntry;

/**
 * The draft minute's review against H2 and MariaDB: to the chair, the chair's comment and clearance,
 * circulation to the members, each step recorded, audited and e-mailed (the mail log; no SMTP server
 * in this tier). Meetings numbered 1950–1999, held in 2001 so they sit before every other meeting.
 */
@ExtendWith(ArquillianExtension.class)
class MinuteReviewIT {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private MinuteReviews reviews;

    @Inject
    private Directory directory;

    @Inject
    private Mailer mailer;

    @Inject
    private AuditQueries audit;

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
    }

    @Test
    void draftGoesToTheChairIsClearedAndCirculatedWithEachStepRecordedAndMailed() throws Exception {
        Long chair = person("Chrissie Chairwoman", "chrissie.chair@example.org");
        Long id = heldMeeting(chair, true);

        reviews.sendToChair(id, "Please look by Friday");
        DomainException early = assertThrows(DomainException.class, () -> reviews.circulate(id, null));
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        DomainException notChair = assertThrows(DomainException.class, () -> reviews.clear(id, null));
        ActingUser.actAs("chrissie", "Chrissie Chairwoman", Role.MEMBER);
        reviews.comment(id, "Item 3 needs the figures");
        reviews.clear(id, "Fine now");
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        int told = reviews.circulate(id, null);

        assertEquals("review.notCleared", early.getMessageKey());
        assertEquals("review.notChair", notChair.getMessageKey());
        assertEquals(ReviewStage.CIRCULATED, reviews.stageOf(id));
        List<MinuteReviewStep> steps = reviews.stepsOf(id);
        assertEquals(List.of(ReviewStepKind.SENT_TO_CHAIR, ReviewStepKind.COMMENTED, ReviewStepKind.CLEARED, ReviewStepKind.CIRCULATED),
                steps.stream().map(MinuteReviewStep::getStep).toList());
        assertEquals("Chrissie Chairwoman", steps.get(1).getTakenByName());
        assertEquals("Item 3 needs the figures", steps.get(1).getComment());
        List<MailLogEntry> mails = mailer.log("minute-review", 500);
        assertTrue(mails.stream().anyMatch(m -> m.getRecipients().equals("chrissie.chair@example.org")
                && m.getBody().contains("/meetings/minute.xhtml?id=" + id) && m.getBody().contains("Please look by Friday")),
                "the chair is sent the draft");
        assertTrue(mails.stream().anyMatch(m -> m.getRecipients().equals("emily.lynch@example.org")
                && m.getBody().contains("Item 3 needs the figures")), "the secretariat hears the chair's comment");
        assertTrue(told > 0);
        assertTrue(mails.stream().filter(m -> m.getSubject().startsWith("Draft minute of the") && !m.getSubject().contains("review")
                && !m.getSubject().contains("cleared")).count() >= told, "each member is sent the draft");
        assertEquals(4, audit.historyOf("Meeting", id).stream().filter(e -> "minute review".equals(e.getOperation())).count());
    }

    @Test
    void draftCannotGoToTheChairBeforeTheMinuteIsWrittenOrWithoutAChair() throws Exception {
        Long notWritten = heldMeeting(person("Norma Notwritten", null), false);

        DomainException refused = assertThrows(DomainException.class, () -> reviews.sendToChair(notWritten, null));
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        DomainException member = assertThrows(DomainException.class, () -> reviews.sendToChair(notWritten, null));

        assertEquals("review.notDrafted", refused.getMessageKey());
        assertEquals("review.notAllowed", member.getMessageKey());
        assertEquals(ReviewStage.WITH_SECRETARIAT, reviews.stageOf(notWritten));
    }

    private Long person(String name, String email) throws Exception {
        tx.begin();
        Person person = new Person(name, null);
        em.persist(person);
        em.flush();
        if (email != null) {
            em.createNativeQuery("UPDATE person SET email = ? WHERE id = ?").setParameter(1, email)
                    .setParameter(2, person.getId()).executeUpdate();
        }
        tx.commit();
        em.getEntityManagerFactory().getCache().evict(Person.class, person.getId());
        return person.getId();
    }

    /** A meeting in 2001 chaired by the person given, held, with its minute written or not. */
    private Long heldMeeting(Long chairId, boolean minuteWritten) throws Exception {
        tx.begin();
        Integer highest = em.createQuery("SELECT MAX(m.number) FROM Meeting m WHERE m.number BETWEEN 1950 AND 1999",
                Integer.class).getSingleResult();
        int number = highest == null ? 1950 : highest + 1;
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(number - 1950L);
        Meeting meeting = new Meeting(directory.board(), number, day, LocalTime.of(14, 0), LocalTime.of(16, 0));
        meeting.addItem("Review test item");
        meeting.recordAttendance(em.find(Person.class, chairId), null, AttendanceKind.PRESENT, true);
        meeting.markHeld(day, minuteWritten);
        em.persist(meeting);
        tx.commit();
        return meeting.getId();
    }
}
