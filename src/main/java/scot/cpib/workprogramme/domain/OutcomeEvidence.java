package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/** A piece of evidence towards an outcome: what it shows, where it comes from, who recorded it when. */
@Entity
@Table(name = "outcome_evidence")
public class OutcomeEvidence extends VersionedEntity {

    public static final int SUMMARY_MAX = 4000;
    public static final int SOURCE_MAX = 500;
    public static final int RECORDER_MAX = 150;

    @ManyToOne(optional = false)
    @JoinColumn(name = "outcome_id")
    private FrameworkOutcome outcome;

    @ManyToOne
    @JoinColumn(name = "indicator_id")
    private OutcomeIndicator indicator;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(length = SOURCE_MAX)
    private String source;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "recorded_by", nullable = false, length = RECORDER_MAX)
    private String recordedBy;

    protected OutcomeEvidence() {
    }

    OutcomeEvidence(FrameworkOutcome outcome, OutcomeIndicator indicator, String summary, String source,
                    LocalDate recordedOn, String recordedBy) {
        if (recordedOn == null) {
            throw new DomainException("workprogramme.evidence.date.required", "recordedOn");
        }
        this.outcome = outcome;
        this.indicator = indicator;
        this.summary = Texts.required(summary, SUMMARY_MAX, "workprogramme.evidence.summary", "summary");
        this.source = Texts.optional(source, SOURCE_MAX, "workprogramme.evidence.source", "source");
        this.recordedOn = recordedOn;
        this.recordedBy = Texts.required(recordedBy, RECORDER_MAX, "workprogramme.evidence.recordedBy", "recordedBy");
    }

    public FrameworkOutcome getOutcome() {
        return outcome;
    }

    public OutcomeIndicator getIndicator() {
        return indicator;
    }

    public String getSummary() {
        return summary;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
