package scot.cpib.engagement.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.OwnerRow;

/** Who leads the engagement of a group: a person, an organisation or a named group — exactly one. */
@Entity
@Table(name = "engagement_plan_lead")
public class DeliveryLead extends OwnerRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EngagementPlan plan;

    protected DeliveryLead() {
    }

    DeliveryLead(EngagementPlan plan, int position, OwnerRef ref) {
        super(position, ref);
        this.plan = plan;
    }

    public EngagementPlan getPlan() {
        return plan;
    }
}
