package scot.cpib.annualreport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.ReportSection;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Board;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.UkDates;

/**
 * The use cases of the annual report: the board's members read it; the secretariat starts one for a period
 * (one per period), refreshes its figures from the record, writes each section's narrative and sends it
 * for review. Every change is written to the audit trail.
 */
@ApplicationScoped
public class AnnualReports {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Directory directory;

    @Inject
    private ReportFigures figures;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** The board's reports, latest period first; none for the public. */
    @Transactional
    public List<AnnualReport> list() {
        if (!currentUser.isBoardReader()) {
            return List.of();
        }
        // the board by its id, kept (Directory.boardId); each report's board joined, not read on its own
        return em.createQuery("SELECT r FROM AnnualReport r WHERE r.board.id = :board ORDER BY r.periodEnd DESC, r.id DESC",
                AnnualReport.class).setParameter("board", directory.boardId())
                .setHint("eclipselink.join-fetch", "r.board").getResultList();
    }

    /** A report the caller may read: the board's members see every one. */
    @Transactional
    public Optional<AnnualReport> find(Long id) {
        AnnualReport report = id == null ? null : em.find(AnnualReport.class, id);
        return report != null && currentUser.isBoardReader() ? Optional.of(report) : Optional.empty();
    }

    public AnnualReport get(Long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Annual report", id));
    }

    /** A section of a report the caller may read. */
    @Transactional
    public Optional<ReportSection> findSection(Long id) {
        ReportSection section = id == null ? null : em.find(ReportSection.class, id);
        return section != null && currentUser.isBoardReader() ? Optional.of(section) : Optional.empty();
    }

    /** Starts a draft for the period, its figures taken from the record now. */
    @Transactional
    public AnnualReport start(String title, LocalDate periodStart, LocalDate periodEnd) {
        requireSecretariat();
        Board board = directory.board();
        if (periodStart != null && periodEnd != null) {
            em.createQuery("SELECT r FROM AnnualReport r WHERE r.board = :board AND r.periodStart = :start AND r.periodEnd = :end",
                            AnnualReport.class)
                    .setParameter("board", board).setParameter("start", periodStart).setParameter("end", periodEnd)
                    .getResultStream().findFirst().ifPresent(existing -> {
                        throw new DomainException("report.period.taken", "periodStart", existing.getTitle());
                    });
        }
        AnnualReport report = new AnnualReport(board, title, periodStart, periodEnd,
                periodStart == null || periodEnd == null || periodEnd.isBefore(periodStart) ? Map.of()
                        : figures.compute(board, periodStart, periodEnd),
                currentUser.getUsername(), now());
        em.persist(report);
        audit.record(report, "started", report.getTitle() + ", " + UkDates.date(periodStart) + " to " + UkDates.date(periodEnd));
        em.flush();
        return report;
    }

    /**
     * Takes every section's figures from the record again; after review began, a section whose figures
     * changed says so.
     */
    @Transactional
    public List<ReportSection> refresh(Long reportId) {
        requireSecretariat();
        AnnualReport report = get(reportId);
        List<ReportSection> changed = report.refresh(figures.compute(report.getBoard(), report.getPeriodStart(),
                report.getPeriodEnd()), now());
        audit.record(report, "figures refreshed", report.getTitle() + ": " + (changed.isEmpty() ? "no figures changed"
                : "figures changed in " + changed.stream().map(s -> s.getKind().name()).collect(Collectors.joining(", "))));
        em.flush();
        return changed;
    }

    /** Saves a section's narrative, unless someone saved the section since the form was opened. */
    @Transactional
    public ReportSection saveNarrative(Long sectionId, long expectedVersion, String text) {
        requireSecretariat();
        ReportSection section = findSection(sectionId).orElseThrow(() -> new NotFoundException("Report section", sectionId));
        Versions.require(section, expectedVersion, () -> SectionSnapshot.of(section));
        String before = section.getNarrative();
        section.writeNarrative(text, currentUser.getUsername(), now());
        audit.change(section, "narrative", before, section.getNarrative(),
                section.getReport().getTitle() + ", section " + section.getKind().name());
        em.flush();
        return section;
    }

    /** Sends the draft to the board for review: from now on a change to the figures is noted on the section. */
    @Transactional
    public AnnualReport beginReview(Long reportId, long expectedVersion) {
        requireSecretariat();
        AnnualReport report = get(reportId);
        Versions.require(report, expectedVersion, report::getStatus);
        report.beginReview(now());
        audit.change(report, "status", "DRAFT", report.getStatus(), report.getTitle() + " sent for review");
        em.flush();
        return report;
    }

    public boolean canEdit() {
        return currentUser.isSecretariat();
    }

    private void requireSecretariat() {
        if (!canEdit()) {
            throw new DomainException("report.notAllowed");
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
