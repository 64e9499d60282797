package scot.cpib.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/** Records who was present, sent apologies or was in attendance, with the organisation they represented. */
@ApplicationScoped
public class AttendanceRecording {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private Directory directory;

    /** The organisation a person represented at the meeting: their membership's, else their own. */
    public Organisation organisationAt(Meeting meeting, Person person) {
        return membershipOf(meeting, person).map(Membership::getOrganisation).filter(o -> o != null)
                .orElse(person.getOrganisation());
    }

    /** Saves the whole attendance screen at once; a choice without a kind clears that person's record. */
    @Transactional
    public void record(Long meetingId, List<AttendanceChoice> choices) {
        MeetingPermissions.requireSecretariat(currentUser);
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new NotFoundException("Meeting", meetingId);
        }
        if (meeting.isMinuteLocked()) {
            throw new DomainException("meeting.locked");
        }
        for (AttendanceChoice choice : choices) {
            Person person = em.find(Person.class, choice.personId());
            if (person == null) {
                throw new DomainException("attendance.person.unknown", "person");
            }
            apply(meeting, person, choice, memberFor(meeting, choice));
        }
        meeting.checkAttendance();
    }

    /** The member a substitute attends for: someone with a membership on the meeting's day. */
    private Person memberFor(Meeting meeting, AttendanceChoice choice) {
        if (choice.substituteForId() == null) {
            return null;
        }
        Person member = em.find(Person.class, choice.substituteForId());
        if (member == null) {
            throw new DomainException("attendance.person.unknown", "substitute");
        }
        if (membershipOf(meeting, member).isEmpty()) {
            throw new DomainException("attendance.substitute.notMember", "substitute", member.getDisplayName());
        }
        return member;
    }

    private void apply(Meeting meeting, Person person, AttendanceChoice choice, Person member) {
        Optional<Attendance> existing = meeting.attendanceOf(person);
        String summary = person.getDisplayName() + " at the " + meeting.getOrdinal() + " meeting";
        if (choice.kind() == null) {
            if (existing.isPresent()) {
                audit.change(existing.get(), "kind", existing.get().getKind(), null, summary);
                meeting.clearAttendance(person);
            }
            return;
        }
        Organisation represented = member != null ? organisationAt(meeting, member)
                : existing.filter(a -> !a.isSubstitute()).map(Attendance::getOrganisation)
                        .orElse(organisationAt(meeting, person));
        if (existing.isEmpty()) {
            Attendance created = meeting.recordAttendance(person, represented, choice.kind(), choice.chair(), member);
            em.persist(created);
            audit.record(created, "created", summary + ": " + choice.kind()
                    + (created.getOrganisation() == null ? "" : ", " + created.getOrganisation().getName())
                    + (choice.chair() ? ", chair" : "")
                    + (member == null ? "" : ", substitute for " + member.getDisplayName()));
            return;
        }
        AttendanceKind oldKind = existing.get().getKind();
        boolean oldChair = existing.get().isChair();
        Person oldMember = existing.get().getSubstituteFor();
        meeting.recordAttendance(person, represented, choice.kind(), choice.chair(), member);
        audit.change(existing.get(), "kind", oldKind, choice.kind(), summary);
        audit.change(existing.get(), "chair", oldChair, choice.chair(), summary);
        audit.change(existing.get(), "substituteFor", oldMember == null ? null : oldMember.getDisplayName(),
                member == null ? null : member.getDisplayName(), summary);
    }

    /**
     * The organisation each member represents, from memberships already read (their first membership's,
     * else their own): what {@link #organisationAt} says for each, without a query per member.
     */
    public static Map<Person, Organisation> organisationsOf(List<Membership> memberships) {
        Map<Person, Organisation> organisations = new HashMap<>();
        Set<Person> seen = new HashSet<>();
        for (Membership membership : memberships) {
            Person person = membership.getPerson();
            if (seen.add(person)) {
                organisations.put(person, membership.getOrganisation() != null ? membership.getOrganisation() : person.getOrganisation());
            }
        }
        return organisations;
    }

    private Optional<Membership> membershipOf(Meeting meeting, Person person) {
        List<Membership> members = directory.membersOn(meeting.getBoard(), meeting.getDate());
        return members.stream().filter(m -> m.getPerson().equals(person)).findFirst();
    }
}
