package scot.cpib.engagement.domain;

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

/** Who leads the engagement of a group: a person, an organisation or a named group — exactly one. */
@Entity
@Table(name = "engagement_plan_lead")
public class DeliveryLead extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EngagementPlan plan;

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

    protected DeliveryLead() {
    }

    DeliveryLead(EngagementPlan plan, int position, OwnerRef ref) {
        this.plan = plan;
        this.position = position;
        this.person = ref.person();
        this.organisation = ref.organisation();
        this.group = ref.group();
    }

    public OwnerRef toRef() {
        return new OwnerRef(person, organisation, group);
    }

    /** "IS", "Scottish Government" or "CPIB members". */
    public String getLabel() {
        return toRef().getLabel();
    }

    public EngagementPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }
}
