package scot.cpib.annualreport.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * A round of review the secretariat sends to the board, with a deadline. It is a version of the report: it
 * keeps a copy of every section's narrative and figures as they were sent, so two rounds can be compared.
 */
@Entity
@Table(name = "report_round")
public class ReviewRound extends VersionedEntity {

    public static final int NOTE_MAX = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private AnnualReport report;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "sent_by", nullable = false, length = 100)
    private String sentBy;

    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoundSection> sections = new ArrayList<>();

    protected ReviewRound() {
    }

    /**
     * Round {@code number} of the report, copying its sections as they stand. The deadline must be given and
     * not be before {@code today}.
     */
    public ReviewRound(AnnualReport report, int number, LocalDate deadline, String note, LocalDate today, String by,
                       LocalDateTime at) {
        if (deadline == null) {
            throw new DomainException("round.deadline.required", "deadline");
        }
        if (deadline.isBefore(today)) {
            throw new DomainException("round.deadline.past", "deadline");
        }
        this.report = report;
        this.number = number;
        this.deadline = deadline;
        this.note = Texts.optional(note, NOTE_MAX, "round.note", "note");
        this.sentBy = by;
        this.sentAt = at;
        for (ReportSection section : report.getSections()) {
            sections.add(new RoundSection(this, section.getKind(), section.getNarrative(), section.getFigures()));
        }
    }

    /** Whether the deadline has passed on {@code today} (the deadline day itself still counts). */
    public boolean isPastDeadline(LocalDate today) {
        return today.isAfter(deadline);
    }

    public void reminded(LocalDateTime at) {
        this.remindedAt = at;
    }

    public Optional<RoundSection> section(SectionKind kind) {
        return sections.stream().filter(s -> s.getKind() == kind).findFirst();
    }

    public AnnualReport getReport() {
        return report;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getNote() {
        return note;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public LocalDateTime getRemindedAt() {
        return remindedAt;
    }

    public List<RoundSection> getSections() {
        return sections.stream().sorted(Comparator.comparing(RoundSection::getKind)).toList();
    }
}
