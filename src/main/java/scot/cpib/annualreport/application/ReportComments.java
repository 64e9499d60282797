package scot.cpib.annualreport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.ReportComment;
import scot.cpib.annualreport.domain.ReportSection;
import scot.cpib.annualreport.domain.ReviewRound;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * Comments on the sections of a report in review: a board member starts a thread on a section (or on a
 * passage they quote); board members and the secretariat reply; the thread's author or the secretariat
 * resolves it or opens it again. Nobody edits another person's comment.
 */
@ApplicationScoped
public class ReportComments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AnnualReports reports;

    @Inject
    private ReportReviews reviews;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** A thread with its replies, oldest first. */
    public record Thread(ReportComment comment, List<ReportComment> replies) {
    }

    /** The section's threads, oldest first, each with its replies. */
    @Transactional
    public List<Thread> threads(Long sectionId) {
        ReportSection section = section(sectionId);
        List<ReportComment> all = em.createQuery(
                        "SELECT c FROM ReportComment c WHERE c.section = :section ORDER BY c.createdAt, c.id", ReportComment.class)
                .setParameter("section", section).getResultList();
        return all.stream().filter(ReportComment::isThread)
                .map(t -> new Thread(t, all.stream().filter(c -> t.equals(c.getParent())).toList())).toList();
    }

    /** The report's open threads, in section order then oldest first. */
    @Transactional
    public List<ReportComment> openThreads(Long reportId) {
        AnnualReport report = reports.get(reportId);
        return em.createQuery("SELECT c FROM ReportComment c WHERE c.section.report = :report AND c.parent IS NULL"
                        + " AND c.resolvedAt IS NULL ORDER BY c.createdAt, c.id", ReportComment.class)
                .setParameter("report", report).getResultList().stream()
                .sorted(java.util.Comparator.comparing((ReportComment c) -> c.getSection().getKind())).toList();
    }

    /** Open threads started by the person with this user name, per report (for the dashboard). */
    public long openThreadsBy(List<ReportComment> open, Long personId) {
        return open.stream().filter(c -> c.getPerson() != null && c.getPerson().getId().equals(personId)).count();
    }

    /** A board member starts a thread on a section (quoting a passage of it, or not). */
    @Transactional
    public ReportComment comment(Long sectionId, String passage, String body) {
        ReportSection section = section(sectionId);
        if (!reviews.isReviewer()) {
            throw new DomainException("comment.notReviewer", "body");
        }
        ReviewRound round = openRound(section);
        ReportComment comment = ReportComment.on(section, round, currentUser.person().orElse(null),
                currentUser.getDisplayName(), currentUser.getUsername(), passage, body, now());
        em.persist(comment);
        em.flush();
        audit.record(comment, "commented", section.getReport().getTitle() + ", section " + section.getKind().name()
                + (comment.getPassage() == null ? "" : ", on “" + comment.getPassage() + "”") + ": " + comment.getBody());
        return comment;
    }

    /** A board member or the secretariat replies in a thread. */
    @Transactional
    public ReportComment reply(Long commentId, String body) {
        ReportComment thread = get(commentId);
        if (!reviews.isReviewer() && !currentUser.isSecretariat()) {
            throw new DomainException("comment.notReviewer", "reply");
        }
        ReviewRound round = openRound(thread.getSection());
        ReportComment reply = thread.reply(currentUser.person().orElse(null), currentUser.getDisplayName(),
                currentUser.getUsername(), body, round, now());
        em.persist(reply);
        em.flush();
        audit.record(reply, "replied", thread.getSection().getReport().getTitle() + ", section "
                + thread.getSection().getKind().name() + ", to comment " + thread.getId() + ": " + reply.getBody());
        return reply;
    }

    /** The thread's author or the secretariat marks it resolved, or opens it again. */
    @Transactional
    public ReportComment setResolved(Long commentId, long expectedVersion, boolean resolved) {
        ReportComment thread = get(commentId);
        if (!canResolve(thread)) {
            throw new DomainException("comment.resolve.notAllowed", null);
        }
        Versions.require(thread, expectedVersion, thread::isOpen);
        boolean before = thread.isOpen();
        if (resolved) {
            thread.resolve(currentUser.getDisplayName(), now());
        } else {
            thread.reopen();
        }
        audit.change(thread, "open", before, thread.isOpen(), thread.getSection().getReport().getTitle() + ", section "
                + thread.getSection().getKind().name() + ", comment " + thread.getId());
        em.flush();
        return thread;
    }

    public boolean canResolve(ReportComment thread) {
        return thread.isThread() && (currentUser.isSecretariat() || thread.isBy(currentUser.getUsername()));
    }

    @Transactional
    public Optional<ReportComment> find(Long id) {
        ReportComment comment = id == null ? null : em.find(ReportComment.class, id);
        return comment != null && currentUser.isBoardReader() ? Optional.of(comment) : Optional.empty();
    }

    private ReportComment get(Long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Report comment", id));
    }

    private ReportSection section(Long sectionId) {
        return reports.findSection(sectionId).orElseThrow(() -> new NotFoundException("Report section", sectionId));
    }

    private ReviewRound openRound(ReportSection section) {
        if (!section.getReport().isInReview()) {
            throw new DomainException("comment.notInReview", "body");
        }
        return reviews.latestRound(section.getReport().getId()).orElseThrow(() -> new DomainException("review.noRound", "body"));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
