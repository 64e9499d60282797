package scot.cpib.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.meeting.domain.AttendanceReply;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.ReplyAnswer;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;

/** Members' replies before a meeting and the quorum they add up to, on H2 and MariaDB (meetings 1100–1199). */
@ExtendWith(ArquillianExtension.class)
class AttendanceRepliesIT {

    private static final LocalTime TWO = LocalTime.of(14, 0);
    private static final LocalTime FOUR = LocalTime.of(16, 0);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private AttendanceReplies replies;

    @Inject
    private MeetingQueries queries;

    @Inject
    private Directory directory;

    private Integer quorumBefore;

    @BeforeEach
    void rememberTheQuorumRule() {
        Board board = directory.board();
        quorumBefore = board.getQuorumMembers().isPresent() ? board.getQuorumMembers().getAsInt() : null;
    }

    @AfterEach
    void restoreTheQuorumRule() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
        replies.setQuorumRule(quorumBefore, directory.board().getVersion());
    }

    @Test
    void memberRepliesAndChangesTheReplyUntilTheMeetingIsHeld() throws Exception {
        Meeting m = meeting(1100, LocalDate.of(2032, 1, 12));
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        assertTrue(replies.canReply(em.find(Meeting.class, m.getId())));
        AttendanceReply first = replies.reply(m.getId(), ReplyAnswer.APOLOGIES, "ignored", null);
        assertEquals(ReplyAnswer.APOLOGIES, first.getAnswer());
        assertNull(first.getSubstitute(), "a substitute is kept only with that answer");

        long opened = replies.myReply(m.getId()).orElseThrow().getVersion();
        replies.reply(m.getId(), ReplyAnswer.SUBSTITUTE, "  Jane Deputy ", opened);
        AttendanceReply changed = replies.myReply(m.getId()).orElseThrow();
        assertEquals(ReplyAnswer.SUBSTITUTE, changed.getAnswer());
        assertEquals("Jane Deputy", changed.getSubstitute());
        assertThrows(ConcurrentEditException.class, () -> replies.reply(m.getId(), ReplyAnswer.ATTENDING, null, opened),
                "a reply changed since the form was opened is not overwritten");
        assertTrue(audit(changed.getId()).stream().anyMatch(e -> "answer".equals(e.getField())
                && "APOLOGIES".equals(e.getOldValue()) && "SUBSTITUTE".equals(e.getNewValue())));

        DomainException unnamed = assertThrows(DomainException.class,
                () -> replies.reply(m.getId(), ReplyAnswer.SUBSTITUTE, "  ", null));
        assertEquals("reply.substitute.required", unnamed.getMessageKey());
        assertEquals("substitute", unnamed.getField());

        tx.begin();
        em.find(Meeting.class, m.getId()).markHeld(LocalDate.of(2032, 1, 12), false);
        tx.commit();
        assertFalse(replies.canReply(em.find(Meeting.class, m.getId())));
        DomainException held = assertThrows(DomainException.class,
                () -> replies.reply(m.getId(), ReplyAnswer.ATTENDING, null, null));
        assertEquals("reply.held", held.getMessageKey());
        assertEquals(ReplyAnswer.SUBSTITUTE, replies.myReply(m.getId()).orElseThrow().getAnswer());
    }

    @Test
    void onlyMembersOnTheMeetingDayReply() throws Exception {
        Meeting m = meeting(1110, LocalDate.of(2032, 2, 12));
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        assertFalse(replies.canReply(em.find(Meeting.class, m.getId())), "the secretariat is no voting member");
        assertEquals("reply.notMember", assertThrows(DomainException.class,
                () -> replies.reply(m.getId(), ReplyAnswer.ATTENDING, null, null)).getMessageKey());
        ActingUser.actAs("nobody", Role.MEMBER);
        assertEquals("reply.noPerson", assertThrows(DomainException.class,
                () -> replies.reply(m.getId(), ReplyAnswer.ATTENDING, null, null)).getMessageKey());
    }

    @Test
    void quorumCountsMembersAttendingAndSubstitutesAgainstTheBoardsRule() throws Exception {
        Meeting m = meeting(1120, LocalDate.of(2032, 3, 12));
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        replies.reply(m.getId(), ReplyAnswer.ATTENDING, null, null);
        ActingUser.actAs("phil", "Phil Couser", Role.MEMBER);
        replies.reply(m.getId(), ReplyAnswer.SUBSTITUTE, "A deputy", null);
        ActingUser.actAs("ella", "Ella Simpson", Role.MEMBER);
        replies.reply(m.getId(), ReplyAnswer.APOLOGIES, null, null);

        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        assertEquals("meeting.notAllowed", assertThrows(DomainException.class, () -> replies.quorum(m.getId())).getMessageKey(),
                "only the secretariat reads every reply");

        ActingUser.actAs("secretariat", Role.SECRETARIAT);
        replies.setQuorumRule(3, directory.board().getVersion());
        QuorumSummary summary = replies.quorum(m.getId());
        assertEquals(3, summary.getReplies().size());
        assertEquals(2, summary.getExpected(), "attending and a substitute fill a seat; apologies do not");
        assertFalse(summary.isQuorate());
        List<String> waiting = summary.getNotReplied().stream().map(Person::getFullName).toList();
        assertTrue(waiting.contains("Steve Grimmond"));
        assertFalse(waiting.contains("Kenny Richmond"));
        assertFalse(waiting.contains("Emily Lynch"), "the secretariat is not counted");
        assertEquals(summary.getMembers() - 3, waiting.size());

        replies.setQuorumRule(2, directory.board().getVersion());
        assertTrue(replies.quorum(m.getId()).isQuorate());
        replies.setQuorumRule(null, directory.board().getVersion());
        assertFalse(replies.quorum(m.getId()).isRuleSet());
        assertFalse(replies.quorum(m.getId()).isQuorate(), "no rule: never shown as quorate");
        assertEquals("board.quorum.tooSmall", assertThrows(DomainException.class,
                () -> replies.setQuorumRule(0, directory.board().getVersion())).getMessageKey());
    }

    @Test
    void nextMeetingIsTheFirstNotHeldOnOrAfterTodayElseTheLatestNotHeld() throws Exception {
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        Meeting later = meeting(1130, LocalDate.of(2032, 6, 12));
        Meeting sooner = meeting(1131, LocalDate.of(2032, 5, 12));
        assertEquals(sooner.getId(), queries.nextMeeting(LocalDate.of(2032, 4, 1)).orElseThrow().getId());
        assertEquals(later.getId(), queries.nextMeeting(LocalDate.of(2032, 5, 13)).orElseThrow().getId());
        Meeting stale = queries.nextMeeting(LocalDate.of(2099, 1, 1)).orElseThrow();
        assertFalse(stale.isHeld(), "with none ahead, the latest meeting not yet held");
        ActingUser.actAs("visitor", null);
        assertTrue(queries.nextMeeting(LocalDate.of(2032, 4, 1)).isEmpty(), "the public has no next meeting");
    }

    private Meeting meeting(int number, LocalDate date) throws Exception {
        tx.begin();
        Meeting meeting = new Meeting(directory.board(), number, date, TWO, FOUR);
        em.persist(meeting);
        tx.commit();
        return meeting;
    }

    private List<AuditEntry> audit(Long id) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = 'AttendanceReply' AND e.entityId = :id",
                AuditEntry.class).setParameter("id", id).getResultList();
    }
}
