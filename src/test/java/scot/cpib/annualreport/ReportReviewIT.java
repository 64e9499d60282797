package scot.cpib.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.application.ReportComments;
import scot.cpib.annualreport.application.ReportReviews;
import scot.cpib.annualreport.application.ReportVersions;
import scot.cpib.annualreport.application.ReviewSnapshot;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.MemberReview;
import scot.cpib.annualreport.domain.ReportComment;
import scot.cpib.annualreport.domain.ReportSection;
import scot.cpib.annualreport.domain.ReportStatus;
import scot.cpib.annualreport.domain.ReviewDecision;
import scot.cpib.annualreport.domain.ReviewRound;
import scot.cpib.annualreport.domain.SectionKind;
import scot.cpib.annualreport.domain.TextChanges;
import scot.cpib.it.container.ActingUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;

/**
 * Review rounds of the annual report: the secretariat sends a round with a deadline (a version holding the
 * sections as sent, a review for every board member, an e-mail each in the mail log); a board member reads
 * it, records their organisation's decision under optimistic locking, and comments in threads; only board
 * members review, and each changes only their own decision and threads. Each test works on a report for a
 * period of its own (years 2051 to 2059).
 */
@ExtendWith(ArquillianExtension.class)
class ReportReviewIT {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AnnualReports reports;

    @Inject
    private ReportReviews reviews;

    @Inject
    private ReportComments comments;

    @Inject
    private BoardClock clock;

    @Inject
    private ReportVersions versions;

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
    }

    private AnnualReport inReview(int year) {
        AnnualReport report = reports.start("Review test report " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        reviews.sendRound(report.getId(), reports.get(report.getId()).getVersion(), clock.today().plusDays(14), "Please reply");
        return reports.get(report.getId());
    }

    private static void member() {
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
    }

    @Test
    void sendingARoundPutsTheDraftInReviewKeepsTheSectionsAsSentAndTellsEveryBoardMember() {
        AnnualReport report = reports.start("Review test report 2051", LocalDate.of(2051, 1, 1), LocalDate.of(2051, 12, 31));
        ReportSection decisions = report.section(SectionKind.DECISIONS).orElseThrow();
        reports.saveNarrative(decisions.getId(), decisions.getVersion(), "As sent in round 1");
        ReportReviews.Sent sent = reviews.sendRound(report.getId(), reports.get(report.getId()).getVersion(),
                clock.today().plusDays(14), "Please reply by the deadline");
        assertEquals(1, sent.round());
        assertEquals(ReportStatus.IN_REVIEW, reports.get(report.getId()).getStatus());
        ReviewRound round = reviews.latestRound(report.getId()).orElseThrow();
        assertEquals("As sent in round 1", round.section(SectionKind.DECISIONS).orElseThrow().getNarrative());
        List<MemberReview> all = reviews.reviewsOf(round);
        assertEquals(reviews.reviewers().size(), all.size());
        assertTrue(all.stream().anyMatch(r -> r.getPerson().getFullName().equals("Kenny Richmond")
                && r.getOrganisation().getName().equals("Scottish Enterprise")));
        assertFalse(all.stream().anyMatch(r -> r.getPerson().getFullName().equals("Emily Lynch")),
                "the secretariat does not review");
        long mails = em.createQuery("SELECT COUNT(m) FROM MailLogEntry m WHERE m.purpose = 'annual-report-review'"
                + " AND m.subject = :subject", Long.class).setParameter("subject", "Review test report 2051: round 1 for your review")
                .getSingleResult();
        assertEquals(all.size(), mails, "one e-mail per member in the mail log");
        assertEquals(1L, em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.entityType = 'ReviewRound'"
                + " AND e.entityId = :id AND e.operation = 'sent'", Long.class).setParameter("id", round.getId()).getSingleResult());

        reports.saveNarrative(decisions.getId(), reports.findSection(decisions.getId()).orElseThrow().getVersion(), "Changed");
        assertEquals(2, reviews.sendRound(report.getId(), reports.get(report.getId()).getVersion(),
                clock.today().plusDays(7), null).round());
        assertEquals("As sent in round 1", reviews.rounds(report.getId()).get(0).section(SectionKind.DECISIONS).orElseThrow().getNarrative());
        assertEquals("Changed", reviews.rounds(report.getId()).get(1).section(SectionKind.DECISIONS).orElseThrow().getNarrative());
    }

    @Test
    void aRoundNeedsADeadlineNotInThePastAndOnlyTheSecretariatSendsIt() {
        AnnualReport report = reports.start("Review test report 2052", LocalDate.of(2052, 1, 1), LocalDate.of(2052, 12, 31));
        DomainException none = assertThrows(DomainException.class,
                () -> reviews.sendRound(report.getId(), report.getVersion(), null, null));
        assertEquals("deadline", none.getField());
        assertEquals("round.deadline.past", assertThrows(DomainException.class,
                () -> reviews.sendRound(report.getId(), report.getVersion(), clock.today().minusDays(1), null)).getMessageKey());
        assertEquals(ReportStatus.DRAFT, reports.get(report.getId()).getStatus(), "a refused round leaves the draft");
        member();
        assertEquals("round.notAllowed", assertThrows(DomainException.class,
                () -> reviews.sendRound(report.getId(), report.getVersion(), clock.today().plusDays(3), null)).getMessageKey());
    }

    @Test
    void aMemberReadsAndRecordsTheirOrganisationsDecisionWhichAStaleFormCannotOverwrite() {
        AnnualReport report = inReview(2053);
        member();
        reviews.markRead(report.getId());
        MemberReview mine = reviews.myReview(report.getId()).orElseThrow();
        assertNotNull(mine.getReadAt(), "opening the report counts as reading it");
        long opened = mine.getVersion();
        DomainException noReason = assertThrows(DomainException.class,
                () -> reviews.decide(report.getId(), opened, ReviewDecision.CHANGES_REQUESTED, "  "));
        assertEquals("reason", noReason.getField());
        MemberReview agreed = reviews.decide(report.getId(), opened, ReviewDecision.AGREED, null);
        assertEquals(ReviewDecision.AGREED, agreed.getDecision());
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> reviews.decide(report.getId(), opened, ReviewDecision.CHANGES_REQUESTED, "Typed in another tab"));
        assertEquals(ReviewDecision.AGREED, conflict.theirs(ReviewSnapshot.class).decision());
        MemberReview changed = reviews.decide(report.getId(), agreed.getVersion(), ReviewDecision.CHANGES_REQUESTED,
                "Section 3 should name the overdue actions");
        assertEquals("Section 3 should name the overdue actions", changed.getReason());
        assertEquals(1L, em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.entityType = 'MemberReview'"
                + " AND e.entityId = :id AND e.field = 'decision' AND e.newValue = 'CHANGES_REQUESTED'", Long.class)
                .setParameter("id", changed.getId()).getSingleResult());

        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        assertEquals("review.notReviewer", assertThrows(DomainException.class,
                () -> reviews.decide(report.getId(), 0, ReviewDecision.AGREED, null)).getMessageKey());
        MemberReview seen = reviews.reviewsOf(reviews.latestRound(report.getId()).orElseThrow()).stream()
                .filter(r -> r.getPerson().getFullName().equals("Kenny Richmond")).findFirst().orElseThrow();
        assertEquals(ReviewDecision.CHANGES_REQUESTED, seen.getDecision(), "the secretariat sees the member's decision");
    }

    @Test
    void membersCommentInThreadsAndOnlyTheAuthorOrTheSecretariatResolves() {
        AnnualReport report = inReview(2054);
        ReportSection actions = report.section(SectionKind.ACTIONS).orElseThrow();
        member();
        ReportComment thread = comments.comment(actions.getId(), "actions agreed", "Please list the overdue ones.");
        assertEquals("actions agreed", thread.getPassage());
        assertEquals("Kenny Richmond", thread.getAuthor());
        assertEquals("comment.body.required", assertThrows(DomainException.class,
                () -> comments.comment(actions.getId(), null, " ")).getMessageKey());

        ActingUser.actAs("phil", "Phil Couser", Role.MEMBER);
        comments.reply(thread.getId(), "Agreed, and say who owns them.");
        assertEquals("comment.resolve.notAllowed", assertThrows(DomainException.class,
                () -> comments.setResolved(thread.getId(), thread.getVersion(), true)).getMessageKey());

        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        assertEquals("comment.notReviewer", assertThrows(DomainException.class,
                () -> comments.comment(actions.getId(), null, "The secretariat does not start threads")).getMessageKey());
        comments.reply(thread.getId(), "We will add them.");
        List<ReportComments.Thread> threads = comments.threads(actions.getId());
        assertEquals(1, threads.size());
        assertEquals(List.of("Phil Couser", "Emily Lynch"), threads.get(0).replies().stream().map(ReportComment::getAuthor).toList());
        assertEquals(List.of(thread), comments.openThreads(report.getId()));

        member();
        ReportComment resolved = comments.setResolved(thread.getId(), thread.getVersion(), true);
        assertFalse(resolved.isOpen());
        assertTrue(comments.openThreads(report.getId()).isEmpty());
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        assertTrue(comments.setResolved(thread.getId(), resolved.getVersion(), false).isOpen(), "the secretariat reopens");
        assertEquals(3L, em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.entityType = 'ReportComment'"
                + " AND e.operation IN ('commented', 'replied') AND e.summary LIKE 'Review test report 2054%'", Long.class)
                .getSingleResult());
    }

    @Test
    void nobodyCommentsOnADraftAndThePublicSeesNoComments() {
        AnnualReport report = reports.start("Review test report 2055", LocalDate.of(2055, 1, 1), LocalDate.of(2055, 12, 31));
        ReportSection meetings = report.section(SectionKind.MEETINGS).orElseThrow();
        member();
        assertEquals("comment.notInReview", assertThrows(DomainException.class,
                () -> comments.comment(meetings.getId(), null, "Too early")).getMessageKey());
        assertTrue(reviews.myReview(report.getId()).isEmpty(), "no round, nothing to decide");
        ActingUser.actAs("anonymous", null);
        assertTrue(reports.findSection(meetings.getId()).isEmpty());
    }

    @Test
    void remindersGoBeforeTheDeadlineToMembersWhoHaveNotDecided() {
        AnnualReport report = inReview(2056);
        member();
        reviews.decide(report.getId(), reviews.myReview(report.getId()).orElseThrow().getVersion(), ReviewDecision.AGREED, null);
        assertEquals("round.notAllowed", assertThrows(DomainException.class, () -> reviews.remind(report.getId())).getMessageKey());
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        ReportReviews.Sent sent = reviews.remind(report.getId());
        int undecided = reviews.reviewers().size() - 1;
        assertEquals(undecided, sent.told() + sent.notReached().size());
        List<String> to = em.createQuery("SELECT m.recipients FROM MailLogEntry m WHERE m.purpose = 'annual-report-reminder'"
                + " AND m.subject LIKE 'Reminder: Review test report 2056%'", String.class).getResultList();
        assertEquals(undecided, to.size(), "one reminder per member without a decision");
        assertTrue(to.stream().noneMatch(r -> r.contains("kenny.richmond")), "who agreed is not reminded");
        assertNotNull(reviews.latestRound(report.getId()).orElseThrow().getRemindedAt());
    }

    @Test
    void eachRoundIsAVersionComparedSectionBySectionWithTheChangesMarked() {
        AnnualReport report = reports.start("Review test report 2058", LocalDate.of(2058, 1, 1), LocalDate.of(2058, 12, 31));
        ReportSection decisions = report.section(SectionKind.DECISIONS).orElseThrow();
        reports.saveNarrative(decisions.getId(), decisions.getVersion(), "The board agreed its purpose.");
        reviews.sendRound(report.getId(), reports.get(report.getId()).getVersion(), clock.today().plusDays(7), null);
        reports.saveNarrative(decisions.getId(), reports.findSection(decisions.getId()).orElseThrow().getVersion(),
                "The board agreed its new purpose.");
        reviews.sendRound(report.getId(), reports.get(report.getId()).getVersion(), clock.today().plusDays(7), null);
        List<ReportVersions.SectionComparison> compared = versions.compare(report.getId(), 1, 2);
        ReportVersions.SectionComparison changed = compared.stream().filter(c -> c.kind() == SectionKind.DECISIONS).findFirst().orElseThrow();
        assertTrue(changed.isChanged());
        assertTrue(changed.narrative().contains(new TextChanges.Change(TextChanges.Kind.ADDED, "new ")), changed.narrative().toString());
        assertFalse(compared.stream().filter(c -> c.kind() == SectionKind.MEETINGS).findFirst().orElseThrow().isChanged());
        assertFalse(versions.compare(report.getId(), 2, 0).stream().anyMatch(ReportVersions.SectionComparison::isChanged),
                "round 2 is the report as it stands");
        assertEquals("to", assertThrows(DomainException.class, () -> versions.compare(report.getId(), 1, 9)).getField());
    }
}
