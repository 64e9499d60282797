package scot.cpib.minutes.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.VersionedEntity;

/** What the minute records under one agenda item: the narrative and the decisions taken. */
@Entity
@Table(name = "minute_entry")
public class MinuteEntry extends VersionedEntity {

    public static final int TEXT_MAX = 20000;

    @OneToOne(optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @Column(columnDefinition = "TEXT")
    private String narrative;

    @Column(columnDefinition = "TEXT")
    private String decisions;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL)
    @OrderBy("amendedAt")
    private List<MinuteAmendment> amendments = new ArrayList<>();

    protected MinuteEntry() {
    }

    public MinuteEntry(AgendaItem agendaItem) {
        this.agendaItem = agendaItem;
    }

    /** Drafting: allowed until the minute is approved. */
    public void write(String newNarrative, String newDecisions, String by, LocalDateTime at) {
        if (agendaItem.getMeeting().isMinuteLocked()) {
            throw new DomainException("minute.locked");
        }
        apply(newNarrative, newDecisions, by, at);
        agendaItem.getMeeting().noteMinuteDrafted();
    }

    /** A correction to an approved minute: kept as an amendment with its reason, old and new text. */
    public MinuteAmendment amend(String newNarrative, String newDecisions, String reason, String by, LocalDateTime at) {
        if (!agendaItem.getMeeting().isMinuteLocked()) {
            throw new DomainException("minute.amend.notApproved");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("minute.amend.reasonRequired", "reason");
        }
        MinuteAmendment amendment = new MinuteAmendment(this, reason.strip(), by, at,
                narrative, newNarrative, decisions, newDecisions);
        amendments.add(amendment);
        apply(newNarrative, newDecisions, by, at);
        return amendment;
    }

    private void apply(String newNarrative, String newDecisions, String by, LocalDateTime at) {
        if (newNarrative != null && newNarrative.length() > TEXT_MAX) {
            throw new DomainException("minute.narrative.tooLong", "narrative", TEXT_MAX);
        }
        if (newDecisions != null && newDecisions.length() > TEXT_MAX) {
            throw new DomainException("minute.decisions.tooLong", "decisions", TEXT_MAX);
        }
        this.narrative = newNarrative;
        this.decisions = newDecisions;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean isEmpty() {
        return (narrative == null || narrative.isBlank()) && (decisions == null || decisions.isBlank());
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getDecisions() {
        return decisions;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<MinuteAmendment> getAmendments() {
        return List.copyOf(amendments);
    }
}
