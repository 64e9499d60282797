package scot.cpib.workprogramme.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.OwnerRow;

/** One lead of a workstream: a person, an organisation or a named group — exactly one of the three. */
@Entity
@Table(name = "workstream_lead")
public class WorkstreamLead extends OwnerRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "workstream_id")
    private Workstream workstream;

    protected WorkstreamLead() {
    }

    WorkstreamLead(Workstream workstream, int position, OwnerRef ref) {
        super(position, ref);
        this.workstream = workstream;
    }

    public Workstream getWorkstream() {
        return workstream;
    }
}
