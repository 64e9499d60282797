package scot.cpib.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import scot.cpib.board.application.NewOwners;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.ReplyAnswer;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.DomainException;

/**
 * Guests in attendance and substitutes attending for a member's organisation, as the minute lists them.
 * A member's reply naming a substitute starts the attendance screen. Meetings 1955–1959.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceSubstitutesIT {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private AttendanceRecording recording;

    @Inject
    private NewOwners newOwners;

    @Inject
    private Owners owners;

    @Inject
    private Directory directory;

    @Inject
    private AttendanceReplies replies;

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
    }

    @Test
    void aSubstituteAttendsForAMemberAndRepresentsTheirOrganisation() throws Exception {
        Meeting meeting = meeting(1955, LocalDate.of(2035, 3, 1));
        Person member = person("David Martin");
        Person substitute = newOwners.addPerson("Sandy Standin 1955", null);
        Person guest = newOwners.addPerson("Gus Guest 1955", owners.named("Improvement Service").orElseThrow().organisation().getId());

        recording.record(meeting.getId(), List.of(
                new AttendanceChoice(person("Steve Grimmond").getId(), AttendanceKind.PRESENT, true),
                new AttendanceChoice(member.getId(), AttendanceKind.APOLOGIES, false),
                new AttendanceChoice(substitute.getId(), AttendanceKind.PRESENT, false, member.getId()),
                new AttendanceChoice(guest.getId(), AttendanceKind.IN_ATTENDANCE, false)));

        Meeting stored = reload(meeting);
        assertEquals(List.of("Steve Grimmond (chair), SOLACE", "Sandy Standin 1955, SOLACE (substitute for David Martin)"),
                labels(stored.getPresent()));
        assertEquals(List.of("David Martin, SOLACE (substitute: Sandy Standin 1955)"), labels(stored.getApologies()),
                "the minute lists the apologies as given");
        assertEquals(List.of("Gus Guest 1955, Improvement Service"), labels(stored.getInAttendance()));

        recording.record(meeting.getId(), List.of(new AttendanceChoice(substitute.getId(), AttendanceKind.IN_ATTENDANCE, false)));
        assertEquals(List.of("Sandy Standin 1955"), labels(reload(meeting).getInAttendance().stream()
                .filter(a -> a.getPerson().equals(substitute)).toList()), "no longer a substitute, no longer SOLACE's");
    }

    @Test
    void aSubstituteIsPresentForAMemberWhoIsNotAndOnlyOnePerMember() throws Exception {
        Meeting meeting = meeting(1956, LocalDate.of(2035, 4, 1));
        Person member = person("David Martin");
        Person first = newOwners.addPerson("Sam First 1956", null);
        Person second = newOwners.addPerson("Sam Second 1956", null);

        assertRefused("attendance.substitute.present", meeting,
                new AttendanceChoice(first.getId(), AttendanceKind.APOLOGIES, false, member.getId()));
        assertRefused("attendance.substitute.memberPresent", meeting,
                new AttendanceChoice(member.getId(), AttendanceKind.PRESENT, false),
                new AttendanceChoice(first.getId(), AttendanceKind.PRESENT, false, member.getId()));
        assertRefused("attendance.substitute.one", meeting,
                new AttendanceChoice(first.getId(), AttendanceKind.PRESENT, false, member.getId()),
                new AttendanceChoice(second.getId(), AttendanceKind.PRESENT, false, member.getId()));
        assertRefused("attendance.substitute.notMember", meeting,
                new AttendanceChoice(first.getId(), AttendanceKind.PRESENT, false, second.getId()));
        assertRefused("attendance.substitute.self", meeting,
                new AttendanceChoice(member.getId(), AttendanceKind.PRESENT, false, member.getId()));
        assertEquals(List.of(), reload(meeting).getAttendances(), "a refused screen saves nothing");
    }

    @Test
    void aMemberSendingASubstituteStartsWithApologiesTheSubstitutePresentForThemAndTheMinuteListsTheApologiesAsGiven() throws Exception {
        Meeting meeting = meeting(1957, LocalDate.of(2035, 5, 1));
        Person kenny = person("Kenny Richmond");
        Person deputy = newOwners.addPerson("Dana Deputy 1957", null);
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        replies.reply(meeting.getId(), ReplyAnswer.SUBSTITUTE, " dana  deputy 1957 ", null);
        ActingUser.actAs("member", "David Martin", Role.MEMBER);
        replies.reply(meeting.getId(), ReplyAnswer.SUBSTITUTE, "Someone Unknown 1957", null);
        ActingUser.actAs("secretariat", Role.SECRETARIAT);

        List<AttendanceChoice> start = replies.startingChoices(meeting.getId());
        Person david = person("David Martin");
        assertEquals(List.of(
                        new AttendanceChoice(david.getId(), AttendanceKind.APOLOGIES, false),
                        new AttendanceChoice(kenny.getId(), AttendanceKind.APOLOGIES, false),
                        new AttendanceChoice(deputy.getId(), AttendanceKind.PRESENT, false, kenny.getId())),
                start, "both members start with apologies; the named substitute the directory knows is present for Kenny");

        recording.record(meeting.getId(), start);
        Meeting stored = reload(meeting);
        String organisation = recording.organisationAt(stored, kenny).getName();
        assertEquals(List.of("Dana Deputy 1957, " + organisation + " (substitute for Kenny Richmond)"), labels(stored.getPresent()));
        assertEquals(List.of("David Martin, SOLACE", "Kenny Richmond, " + organisation + " (substitute: Dana Deputy 1957)"),
                labels(stored.getApologies()).stream().sorted().toList());
        assertEquals(List.of(), replies.startingChoices(meeting.getId()), "once recorded, the screen starts from what is saved");
    }

    private void assertRefused(String key, Meeting meeting, AttendanceChoice... choices) {
        DomainException refused = assertThrows(DomainException.class, () -> recording.record(meeting.getId(), List.of(choices)));
        assertEquals(key, refused.getMessageKey());
    }

    private Person person(String name) {
        return owners.named(name).orElseThrow().person();
    }

    private static List<String> labels(List<Attendance> attendances) {
        return attendances.stream().map(Attendance::getMinuteLabel).toList();
    }

    private Meeting meeting(int number, LocalDate date) throws Exception {
        tx.begin();
        Meeting meeting = new Meeting(directory.board(), number, date, LocalTime.of(14, 0), LocalTime.of(16, 0));
        meeting.addItem("Welcome");
        em.persist(meeting);
        tx.commit();
        return meeting;
    }

    private Meeting reload(Meeting meeting) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.find(Meeting.class, meeting.getId());
    }
}
