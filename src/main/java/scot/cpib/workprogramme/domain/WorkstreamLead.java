package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.action.domain.OwnerRef;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.BaseEntity;

/** One lead of a workstream: a person, an organisation or a named group — exactly one of the three. */
@Entity
@Table(name = "workstream_lead")
public class WorkstreamLead extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "workstream_id")
    private Workstream workstream;

    @Column(nullable = false)
    private int position;

    @ManyToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne
    @JoinColumn(name = "group_id")
    private OwnerGroup group;

    protected WorkstreamLead() {
    }

    WorkstreamLead(Workstream workstream, int position, OwnerRef ref) {
        this.workstream = workstream;
        this.position = position;
        this.person = ref.person();
        this.organisation = ref.organisation();
        this.group = ref.group();
    }

    public OwnerRef toRef() {
        return new OwnerRef(person, organisation, group);
    }

    public String getLabel() {
        return toRef().getLabel();
    }

    public Workstream getWorkstream() {
        return workstream;
    }

    public int getPosition() {
        return position;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public OwnerGroup getGroup() {
        return group;
    }
}
