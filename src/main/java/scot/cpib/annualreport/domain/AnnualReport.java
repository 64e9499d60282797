package scot.cpib.annualreport.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cpib.board.domain.Board;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * The board's collective messaging report for a period (usually a year): one per board and period. It is
 * drafted with one section per {@link SectionKind}, each holding the figures taken from the record and the
 * secretariat's narrative; its status moves from draft to review, approval and publication.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends VersionedEntity {

    public static final int TITLE_MAX = 200;

    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "review_started_at")
    private LocalDateTime reviewStartedAt;

    @ManyToOne
    @JoinColumn(name = "approved_entry_id")
    private MinuteEntry approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approved_by", length = 100)
    private String approvalRecordedBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReportSection> sections = new ArrayList<>();

    protected AnnualReport() {
    }

    /**
     * A draft report for the period (both days included), with a section for every kind holding the
     * figures given for it (a kind without figures gets an empty snapshot).
     */
    public AnnualReport(Board board, String title, LocalDate periodStart, LocalDate periodEnd,
                        Map<SectionKind, List<Figure>> figures, String by, LocalDateTime at) {
        if (periodStart == null) {
            throw new DomainException("report.periodStart.required", "periodStart");
        }
        if (periodEnd == null) {
            throw new DomainException("report.periodEnd.required", "periodEnd");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new DomainException("report.period.order", "periodEnd");
        }
        this.board = board;
        this.title = Texts.required(title, TITLE_MAX, "report.title", "title");
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.status = ReportStatus.DRAFT;
        this.startedBy = by;
        this.startedAt = at;
        for (SectionKind kind : SectionKind.values()) {
            sections.add(new ReportSection(this, kind, figures.getOrDefault(kind, List.of()), at));
        }
    }

    /**
     * Takes the figures again. A section whose figures changed after review began carries a note saying
     * when and which figures changed.
     *
     * @return the sections whose figures changed
     */
    public List<ReportSection> refresh(Map<SectionKind, List<Figure>> figures, LocalDateTime at) {
        List<ReportSection> changed = new ArrayList<>();
        for (ReportSection section : sections) {
            if (section.refresh(figures.getOrDefault(section.getKind(), List.of()), at, status.isReviewBegun())) {
                changed.add(section);
            }
        }
        return changed;
    }

    /** The draft goes to the board for review; from now on a change to its figures is noted. */
    public void beginReview(LocalDateTime at) {
        if (status != ReportStatus.DRAFT) {
            throw new DomainException("report.review.notDraft", null);
        }
        status = ReportStatus.IN_REVIEW;
        reviewStartedAt = at;
    }

    /**
     * Sends round {@code number} to the board with its deadline: a draft goes into review with its first
     * round; a report in review may be sent again after changes; an approved or published one cannot.
     */
    public ReviewRound sendRound(int number, LocalDate deadline, String note, LocalDate today, String by, LocalDateTime at) {
        if (status != ReportStatus.DRAFT && status != ReportStatus.IN_REVIEW) {
            throw new DomainException("round.notInReview", null);
        }
        ReviewRound round = new ReviewRound(this, number, deadline, note, today, by, at);
        if (status == ReportStatus.DRAFT) {
            beginReview(at);
        }
        return round;
    }

    /**
     * The board approved the report: recorded against the minute entry whose decisions say so. Only a report
     * in review is approved, and only against an entry that records something (its decisions, or a narrative
     * recording the decision, as the board's minutes often do).
     */
    public void approve(MinuteEntry decision, String by, LocalDateTime at) {
        if (status != ReportStatus.IN_REVIEW) {
            throw new DomainException("report.approve.notInReview", "decision");
        }
        if (decision == null) {
            throw new DomainException("report.approve.decision.required", "decision");
        }
        if (decision.isEmpty()) {
            throw new DomainException("report.approve.noDecision", "decision");
        }
        this.approvedBy = decision;
        this.approvalRecordedBy = by;
        this.approvedAt = at;
        this.status = ReportStatus.APPROVED;
    }

    /** An approved report is published: from now on the public reads it. */
    public void publish(String by, LocalDateTime at) {
        if (status != ReportStatus.APPROVED) {
            throw new DomainException("report.publish.notApproved", null);
        }
        this.publishedBy = by;
        this.publishedAt = at;
        this.status = ReportStatus.PUBLISHED;
    }

    public boolean isApproved() {
        return status == ReportStatus.APPROVED;
    }

    public boolean isPublished() {
        return status == ReportStatus.PUBLISHED;
    }

    public MinuteEntry getApprovedBy() {
        return approvedBy;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getApprovalRecordedBy() {
        return approvalRecordedBy;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public boolean isInReview() {
        return status == ReportStatus.IN_REVIEW;
    }

    public Optional<ReportSection> section(SectionKind kind) {
        return sections.stream().filter(s -> s.getKind() == kind).findFirst();
    }

    public boolean isDraft() {
        return status == ReportStatus.DRAFT;
    }

    public Board getBoard() {
        return board;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getReviewStartedAt() {
        return reviewStartedAt;
    }

    /** The sections in reading order (the order of {@link SectionKind}, whatever order they were stored in). */
    public List<ReportSection> getSections() {
        return sections.stream().sorted(Comparator.comparing(ReportSection::getKind)).toList();
    }
}
