package scot.cpib.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.AttendanceReply;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.ReplyAnswer;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BundleTexts;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * Members' replies before a meeting (attending, apologies, a substitute) and the quorum they add up to.
 * A member replies for themselves, and may change the reply until the meeting is held; the secretariat
 * reads every reply, who has not replied, and whether the board's quorum rule is met.
 */
@ApplicationScoped
public class AttendanceReplies {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private Directory directory;

    @Inject
    private Owners owners;

    /** The caller's own reply to the meeting, if they gave one. */
    public Optional<AttendanceReply> myReply(Long meetingId) {
        return currentUser.person().flatMap(p -> replyOf(meetingId, p));
    }

    /** Whether the caller may reply now: a member (chair or member) on the meeting's day, before it is held. */
    public boolean canReply(Meeting meeting) {
        return !meeting.isHeld() && currentUser.person().map(p -> isVotingMember(meeting, p)).orElse(false);
    }

    /** Gives or changes the caller's reply; the version is the one the form was opened at (null for a first reply). */
    @Transactional
    public AttendanceReply reply(Long meetingId, ReplyAnswer answer, String substitute, Long expectedVersion) {
        Meeting meeting = meeting(meetingId);
        if (!currentUser.isBoardReader()) {
            throw new NotFoundException("Meeting", meetingId);
        }
        Person person = currentUser.person().orElseThrow(() -> new DomainException("reply.noPerson"));
        if (!isVotingMember(meeting, person)) {
            throw new DomainException("reply.notMember", null, meeting.getOrdinal());
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String summary = person.getDisplayName() + "'s reply to the " + meeting.getOrdinal() + " meeting";
        Optional<AttendanceReply> existing = replyOf(meetingId, person);
        if (existing.isEmpty()) {
            AttendanceReply created = AttendanceReply.give(meeting, person, answer, substitute, now, currentUser.getUsername());
            em.persist(created);
            audit.record(created, "created", summary + ": " + answer
                    + (created.getSubstitute() == null ? "" : " (" + created.getSubstitute() + ")"));
            return created;
        }
        AttendanceReply reply = existing.get();
        if (expectedVersion != null) {
            Versions.require(reply, expectedVersion, () -> BundleTexts.text("reply.answer." + reply.getAnswer().name())
                    + (reply.getSubstitute() == null ? "" : " (" + reply.getSubstitute() + ")"));
        }
        ReplyAnswer oldAnswer = reply.getAnswer();
        String oldSubstitute = reply.getSubstitute();
        reply.change(answer, substitute, now, currentUser.getUsername());
        audit.change(reply, "answer", oldAnswer, reply.getAnswer(), summary);
        audit.change(reply, "substitute", oldSubstitute, reply.getSubstitute(), summary);
        return reply;
    }

    /** Every reply to the meeting with the quorum they add up to; the secretariat only. */
    public QuorumSummary quorum(Long meetingId) {
        MeetingPermissions.requireSecretariat(currentUser);
        Meeting meeting = meetingWithBoard(meetingId);
        List<Person> members = votingMembers(meeting);
        List<AttendanceReply> replies = replies(meeting);
        Set<Person> replied = replies.stream().map(AttendanceReply::getPerson).collect(Collectors.toSet());
        int expected = (int) replies.stream()
                .filter(r -> members.contains(r.getPerson()) && r.getAnswer().isSeatFilled()).count();
        List<Person> notReplied = members.stream().filter(p -> !replied.contains(p)).toList();
        return new QuorumSummary(replies, notReplied, expected, members.size(), meeting.getBoard().getQuorumMembers());
    }

    /** The replies to a meeting by person, for the attendance screen to start from; the secretariat only. */
    public List<AttendanceReply> repliesTo(Long meetingId) {
        MeetingPermissions.requireSecretariat(currentUser);
        return replies(meeting(meetingId));
    }

    /**
     * How the attendance screen starts from the replies, for everyone not recorded yet: a member attending
     * is present; one sending apologies or a substitute has apologies; and a substitute the reply names as
     * someone in the directory is present for the member, representing the member's organisation. The
     * secretariat still saves the screen (and can change any of it first). The secretariat only.
     */
    @Transactional
    public List<AttendanceChoice> startingChoices(Long meetingId) {
        MeetingPermissions.requireSecretariat(currentUser);
        Meeting meeting = meeting(meetingId);
        List<AttendanceChoice> choices = new ArrayList<>();
        Set<Person> chosen = new HashSet<>();
        for (AttendanceReply reply : replies(meeting)) {
            Person member = reply.getPerson();
            Optional<Attendance> recorded = meeting.attendanceOf(member);
            if (recorded.isEmpty()) {
                choices.add(new AttendanceChoice(member.getId(), reply.getAnswer().expectedKind(), false));
                chosen.add(member);
            }
            boolean memberAway = recorded.map(a -> a.getKind() == AttendanceKind.APOLOGIES).orElse(true);
            substituteNamedIn(reply)
                    .filter(s -> memberAway && !s.equals(member) && !chosen.contains(s) && meeting.attendanceOf(s).isEmpty()
                            && meeting.substituteOf(member).isEmpty())
                    .ifPresent(s -> {
                        choices.add(new AttendanceChoice(s.getId(), AttendanceKind.PRESENT, false, member.getId()));
                        chosen.add(s);
                    });
        }
        return choices;
    }

    /** The person a "sending a substitute" reply names, when the name as written answers to a person in the directory. */
    public Optional<Person> substituteNamedIn(AttendanceReply reply) {
        if (reply.getAnswer() != ReplyAnswer.SUBSTITUTE) {
            return Optional.empty();
        }
        return owners.named(reply.getSubstitute()).map(OwnerRef::person).filter(Objects::nonNull);
    }

    /** Sets the board's quorum rule (the least number of members who must attend; null: none); the secretariat only. */
    @Transactional
    public void setQuorumRule(Integer members, long expectedVersion) {
        MeetingPermissions.requireSecretariat(currentUser);
        Board board = em.find(Board.class, directory.board().getId());
        Versions.require(board, expectedVersion, () -> board.getQuorumMembers().isPresent()
                ? String.valueOf(board.getQuorumMembers().getAsInt()) : "");
        Integer old = board.getQuorumMembers().isPresent() ? board.getQuorumMembers().getAsInt() : null;
        board.setQuorumRule(members);
        audit.change(board, "quorumMembers", old, members, board.getShortName() + " quorum");
    }

    private List<AttendanceReply> replies(Meeting meeting) {
        return em.createQuery("SELECT r FROM AttendanceReply r WHERE r.meeting = :m ORDER BY r.person.fullName",
                AttendanceReply.class).setParameter("m", meeting).getResultList();
    }

    private Optional<AttendanceReply> replyOf(Long meetingId, Person person) {
        return em.createQuery("SELECT r FROM AttendanceReply r WHERE r.meeting.id = :m AND r.person = :p",
                AttendanceReply.class).setParameter("m", meetingId).setParameter("p", person)
                .getResultStream().findFirst();
    }

    private boolean isVotingMember(Meeting meeting, Person person) {
        return votingMembers(meeting).contains(person);
    }

    /** The ids of the {@linkplain #votingMembers voting members} on the meeting's day. */
    Set<Long> votingMemberIds(Meeting meeting) {
        return votingMembers(meeting).stream().map(Person::getId).collect(Collectors.toSet());
    }

    /** The chair and members on the meeting's day (not the secretariat or observers): who the quorum counts. */
    private List<Person> votingMembers(Meeting meeting) {
        return directory.membersOn(meeting.getBoard(), meeting.getDate()).stream()
                .filter(m -> m.getRole() == MembershipRole.CHAIR || m.getRole() == MembershipRole.MEMBER)
                .map(Membership::getPerson).distinct().toList();
    }

    /** The meeting with its board (whose quorum rule the summary states) in one statement, not two. */
    private Meeting meetingWithBoard(Long meetingId) {
        if (meetingId == null) {
            throw new NotFoundException("Meeting", null);
        }
        return em.createQuery("SELECT m FROM Meeting m JOIN FETCH m.board WHERE m.id = :id", Meeting.class)
                .setParameter("id", meetingId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    }

    private Meeting meeting(Long meetingId) {
        Meeting meeting = meetingId == null ? null : em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new NotFoundException("Meeting", meetingId);
        }
        return meeting;
    }
}
