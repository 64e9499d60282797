package scot.cpib.annualreport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * One section of a report: the figures taken from the record when it was drafted or last refreshed (a
 * stored snapshot, so the report reads the same until someone refreshes it), the secretariat's narrative,
 * and, when a refresh changed the figures after review began, when that was and which figures changed.
 */
@Entity
@Table(name = "report_section")
public class ReportSection extends VersionedEntity {

    public static final int NOTE_MAX = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private AnnualReport report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SectionKind kind;

    @Column(columnDefinition = "TEXT")
    private String narrative;

    @Column(name = "narrative_updated_at")
    private LocalDateTime narrativeUpdatedAt;

    @Column(name = "narrative_updated_by", length = 100)
    private String narrativeUpdatedBy;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String figures;

    @Column(name = "figures_taken_at", nullable = false)
    private LocalDateTime figuresTakenAt;

    @Column(name = "figures_changed_at")
    private LocalDateTime figuresChangedAt;

    @Column(name = "figures_changed_note", length = NOTE_MAX)
    private String figuresChangedNote;

    protected ReportSection() {
    }

    ReportSection(AnnualReport report, SectionKind kind, List<Figure> taken, LocalDateTime at) {
        this.report = report;
        this.kind = kind;
        this.figures = Figure.format(taken);
        this.figuresTakenAt = at;
    }

    /** The secretariat's text for the section (blank clears it), at most {@link Texts#LONG_MAX} characters. */
    public void writeNarrative(String text, String by, LocalDateTime at) {
        this.narrative = Texts.optional(text, Texts.LONG_MAX, "report.narrative", "narrative");
        this.narrativeUpdatedBy = by;
        this.narrativeUpdatedAt = at;
    }

    /**
     * Stores the figures taken now. When they differ from the snapshot and review has begun, the section
     * notes when, and the labels of the figures that changed, came or went.
     *
     * @return whether the figures changed
     */
    boolean refresh(List<Figure> taken, LocalDateTime at, boolean reviewBegun) {
        String text = Figure.format(taken);
        figuresTakenAt = at;
        if (text.equals(figures)) {
            return false;
        }
        if (reviewBegun) {
            figuresChangedAt = at;
            figuresChangedNote = changedLabels(Figure.parse(figures), taken);
        }
        figures = text;
        return true;
    }

    private static String changedLabels(List<Figure> before, List<Figure> after) {
        Set<String> labels = new LinkedHashSet<>();
        after.stream().filter(f -> !before.contains(f)).forEach(f -> labels.add(f.label()));
        before.stream().filter(f -> !after.contains(f)).forEach(f -> labels.add(f.label()));
        String note = String.join("; ", labels);
        return note.length() > NOTE_MAX ? note.substring(0, NOTE_MAX - 1) + "…" : note;
    }

    /** The figures of the snapshot, in order. */
    public List<Figure> getFigureList() {
        return Figure.parse(figures);
    }

    public boolean isChangedAfterReviewBegan() {
        return figuresChangedAt != null;
    }

    public AnnualReport getReport() {
        return report;
    }

    public SectionKind getKind() {
        return kind;
    }

    public String getNarrative() {
        return narrative;
    }

    public LocalDateTime getNarrativeUpdatedAt() {
        return narrativeUpdatedAt;
    }

    public String getNarrativeUpdatedBy() {
        return narrativeUpdatedBy;
    }

    public String getFigures() {
        return figures;
    }

    public LocalDateTime getFiguresTakenAt() {
        return figuresTakenAt;
    }

    public LocalDateTime getFiguresChangedAt() {
        return figuresChangedAt;
    }

    public String getFiguresChangedNote() {
        return figuresChangedNote;
    }
}
