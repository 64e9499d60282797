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
import scot.cpib.annualreport.domain.ReportStatus;
import scot.cpib.board.application.Directory;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * Approval and publication: the secretariat records the board's approval against a decision in a meeting's
 * minute, then publishes the report; the public reads published reports (every year's) without signing in.
 */
@ApplicationScoped
public class ReportPublication {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AnnualReports reports;

    @Inject
    private Directory directory;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** The minute entries of the board's held meetings that record something, latest meeting first. */
    @Transactional
    public List<MinuteEntry> decisions() {
        return em.createQuery("SELECT e FROM MinuteEntry e WHERE e.agendaItem.meeting.board = :board"
                        + " ORDER BY e.agendaItem.meeting.date DESC, e.agendaItem.id",
                MinuteEntry.class).setParameter("board", directory.board()).getResultList().stream()
                .filter(e -> !e.isEmpty() && e.getAgendaItem().getMeeting().isHeld()).toList();
    }

    /** Records the board's approval against the minute entry whose decisions record it. */
    @Transactional
    public AnnualReport approve(Long reportId, long expectedVersion, Long entryId) {
        requireSecretariat();
        AnnualReport report = reports.get(reportId);
        Versions.require(report, expectedVersion, report::getStatus);
        MinuteEntry entry = entryId == null ? null : em.find(MinuteEntry.class, entryId);
        if (entry != null && !entry.getAgendaItem().getMeeting().isHeld()) {
            throw new DomainException("report.approve.noDecision", "decision");
        }
        ReportStatus before = report.getStatus();
        report.approve(entry, currentUser.getDisplayName(), now());
        audit.change(report, "status", before, report.getStatus(), report.getTitle() + " approved at the "
                + entry.getAgendaItem().getMeeting().getOrdinal() + " meeting, item " + entry.getAgendaItem().getLabel());
        audit.change(report, "approvedBy", null, entry.getId(), report.getTitle() + ": approval recorded against minute entry "
                + entry.getId());
        em.flush();
        return report;
    }

    /** Publishes an approved report: a public page, a tagged PDF and Word for members. */
    @Transactional
    public AnnualReport publish(Long reportId, long expectedVersion) {
        requireSecretariat();
        AnnualReport report = reports.get(reportId);
        Versions.require(report, expectedVersion, report::getStatus);
        ReportStatus before = report.getStatus();
        report.publish(currentUser.getDisplayName(), now());
        audit.change(report, "status", before, report.getStatus(), report.getTitle() + " published");
        em.flush();
        return report;
    }

    /** Every published report, latest period first: for everyone, signed in or not. */
    @Transactional
    public List<AnnualReport> published() {
        return em.createQuery("SELECT r FROM AnnualReport r WHERE r.status = :status ORDER BY r.periodEnd DESC, r.id DESC",
                AnnualReport.class).setParameter("status", ReportStatus.PUBLISHED).getResultList();
    }

    /** A published report, for anyone; a draft, one in review or an approved one not yet published is not found. */
    @Transactional
    public Optional<AnnualReport> findPublished(Long id) {
        AnnualReport report = id == null ? null : em.find(AnnualReport.class, id);
        return report != null && report.isPublished() ? Optional.of(report) : Optional.empty();
    }

    public AnnualReport getPublished(Long id) {
        return findPublished(id).orElseThrow(() -> new NotFoundException("Published annual report", id));
    }

    private void requireSecretariat() {
        if (!currentUser.isSecretariat()) {
            throw new DomainException("report.notAllowed");
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
