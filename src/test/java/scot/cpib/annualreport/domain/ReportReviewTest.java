package scot.cpib.annualreport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;

/** The rules of review: rounds as versions with a deadline, a member's decision, comment threads. */
class ReportReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 3, 5);
    private static final LocalDateTime NOW = LocalDateTime.of(2019, 3, 5, 9, 0);

    private static AnnualReport report() {
        return new AnnualReport(new Board("Community Planning Improvement Board", "CPIB"), "Annual report 2018/19",
                LocalDate.of(2018, 3, 1), LocalDate.of(2019, 2, 28),
                Map.of(SectionKind.MEETINGS, List.of(new Figure("Meetings held", "2"))), "secretariat", NOW.minusDays(1));
    }

    @Test
    void firstRoundPutsTheDraftInReviewAndKeepsTheSectionsAsSent() {
        AnnualReport report = report();
        report.section(SectionKind.MEETINGS).orElseThrow().writeNarrative("As sent", "secretariat", NOW);
        ReviewRound round = report.sendRound(1, TODAY.plusDays(14), " Please reply ", TODAY, "Emily Lynch", NOW);
        assertEquals(ReportStatus.IN_REVIEW, report.getStatus());
        assertEquals(NOW, report.getReviewStartedAt());
        assertEquals("Please reply", round.getNote());
        report.section(SectionKind.MEETINGS).orElseThrow().writeNarrative("Changed later", "secretariat", NOW.plusDays(1));
        RoundSection sent = round.section(SectionKind.MEETINGS).orElseThrow();
        assertEquals("As sent", sent.getNarrative());
        assertEquals(List.of(new Figure("Meetings held", "2")), sent.getFigureList());
        assertEquals(SectionKind.values().length, round.getSections().size());
        assertEquals(2, report.sendRound(2, TODAY, null, TODAY, "Emily Lynch", NOW).getNumber(), "a second round while in review");
    }

    @Test
    void aRoundNeedsADeadlineThatHasNotPassedAndARefusedRoundLeavesTheDraft() {
        AnnualReport report = report();
        assertEquals("deadline", assertThrows(DomainException.class,
                () -> report.sendRound(1, null, null, TODAY, "Emily Lynch", NOW)).getField());
        assertEquals("round.deadline.past", assertThrows(DomainException.class,
                () -> report.sendRound(1, TODAY.minusDays(1), null, TODAY, "Emily Lynch", NOW)).getMessageKey());
        assertEquals(ReportStatus.DRAFT, report.getStatus());
        ReviewRound round = report.sendRound(1, TODAY, null, TODAY, "Emily Lynch", NOW);
        assertFalse(round.isPastDeadline(TODAY), "the deadline day itself still counts");
        assertTrue(round.isPastDeadline(TODAY.plusDays(1)));
    }

    @Test
    void changesRequestedNeedAReasonAndDecidingCountsAsReading() {
        ReviewRound round = report().sendRound(1, TODAY.plusDays(7), null, TODAY, "Emily Lynch", NOW);
        Organisation se = new Organisation("Scottish Enterprise", null);
        MemberReview review = new MemberReview(round, new Person("Kenny Richmond", se), se);
        DomainException noReason = assertThrows(DomainException.class,
                () -> review.decide(ReviewDecision.CHANGES_REQUESTED, " ", NOW));
        assertEquals("review.reason.required", noReason.getMessageKey());
        assertEquals("reason", noReason.getField());
        assertEquals("decision", assertThrows(DomainException.class, () -> review.decide(null, null, NOW)).getField());
        review.decide(ReviewDecision.AGREED, null, NOW);
        assertTrue(review.isRead());
        assertEquals(NOW, review.getReadAt());
        assertFalse(review.read(NOW.plusHours(1)), "only the first reading is noted");
        review.decide(ReviewDecision.CHANGES_REQUESTED, "Name the gaps", NOW.plusHours(2));
        assertEquals("Name the gaps", review.getReason());
    }

    @Test
    void repliesJoinTheThreadAndOnlyAThreadIsResolved() {
        AnnualReport report = report();
        ReviewRound round = report.sendRound(1, TODAY.plusDays(7), null, TODAY, "Emily Lynch", NOW);
        ReportSection section = report.section(SectionKind.ENGAGEMENT).orElseThrow();
        ReportComment thread = ReportComment.on(section, round, null, "Phil Couser", "phil", " the loop ", "Add an example", NOW);
        assertEquals("the loop", thread.getPassage());
        assertEquals("comment.body.required", assertThrows(DomainException.class,
                () -> ReportComment.on(section, round, null, "Phil Couser", "phil", null, "  ", NOW)).getMessageKey());
        ReportComment reply = thread.reply(null, "Emily Lynch", "secretariat", "Will do", round, NOW.plusHours(1));
        assertSame(thread, reply.getParent());
        assertSame(thread, reply.reply(null, "Phil Couser", "phil", "Thanks", round, NOW).getParent(), "a reply to a reply stays in the thread");
        assertNull(reply.getPassage());
        assertEquals("comment.resolve.reply", assertThrows(DomainException.class,
                () -> reply.resolve("Phil Couser", NOW)).getMessageKey());
        thread.resolve("Phil Couser", NOW.plusHours(2));
        assertFalse(thread.isOpen());
        thread.reopen();
        assertTrue(thread.isOpen());
        assertTrue(thread.isBy("phil"));
        assertFalse(thread.isBy("member"));
    }
}
