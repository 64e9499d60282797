package scot.cpib.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import scot.cpib.shared.domain.BaseEntity;

/** A recorded correction to an approved minute entry. */
@Entity
@Table(name = "minute_amendment")
public class MinuteAmendment extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "minute_entry_id")
    private MinuteEntry entry;

    @Column(name = "amended_at", nullable = false)
    private LocalDateTime amendedAt;

    @Column(name = "amended_by", nullable = false, length = 100)
    private String amendedBy;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "old_narrative", columnDefinition = "TEXT")
    private String oldNarrative;

    @Column(name = "new_narrative", columnDefinition = "TEXT")
    private String newNarrative;

    @Column(name = "old_decisions", columnDefinition = "TEXT")
    private String oldDecisions;

    @Column(name = "new_decisions", columnDefinition = "TEXT")
    private String newDecisions;

    protected MinuteAmendment() {
    }

    MinuteAmendment(MinuteEntry entry, String reason, String amendedBy, LocalDateTime amendedAt,
                    String oldNarrative, String newNarrative, String oldDecisions, String newDecisions) {
        this.entry = entry;
        this.reason = reason;
        this.amendedBy = amendedBy;
        this.amendedAt = amendedAt;
        this.oldNarrative = oldNarrative;
        this.newNarrative = newNarrative;
        this.oldDecisions = oldDecisions;
        this.newDecisions = newDecisions;
    }

    public MinuteEntry getEntry() {
        return entry;
    }

    public LocalDateTime getAmendedAt() {
        return amendedAt;
    }

    public String getAmendedBy() {
        return amendedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getOldNarrative() {
        return oldNarrative;
    }

    public String getNewNarrative() {
        return newNarrative;
    }

    public String getOldDecisions() {
        return oldDecisions;
    }

    public String getNewDecisions() {
        return newDecisions;
    }
}
