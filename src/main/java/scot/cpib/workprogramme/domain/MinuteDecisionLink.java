package scot.cpib.workprogramme.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.shared.domain.BaseEntity;
import scot.cpib.shared.domain.DomainException;

/** A decision minuted under an agenda item that concerns a workstream or one of its activities. */
@Entity
@Table(name = "minute_decision_link")
public class MinuteDecisionLink extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "minute_entry_id")
    private MinuteEntry minuteEntry;

    // Lazy: a workstream's decisions read each link's workstream (and its version) again (issue 13).
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "workstream_id")
    private Workstream workstream;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    protected MinuteDecisionLink() {
    }

    /** Links the entry to a workstream, an activity (its workstream is implied) or both. */
    public MinuteDecisionLink(MinuteEntry minuteEntry, Workstream workstream, Activity activity) {
        if (minuteEntry == null) {
            throw new DomainException("workprogramme.link.minuteRequired", "minuteEntry");
        }
        ProgrammeLink link = ProgrammeLink.of(workstream, activity);
        if (link.workstream() == null) {
            throw new DomainException("workprogramme.link.targetRequired", "workstream");
        }
        this.minuteEntry = minuteEntry;
        this.workstream = link.workstream();
        this.activity = link.activity();
    }

    public MinuteEntry getMinuteEntry() {
        return minuteEntry;
    }

    public Workstream getWorkstream() {
        return workstream;
    }

    public Activity getActivity() {
        return activity;
    }
}
