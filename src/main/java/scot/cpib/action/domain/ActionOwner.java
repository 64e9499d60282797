package scot.cpib.action.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.OwnerRow;

/** One owner of an action: a person, an organisation or a named group — exactly one of the three. */
@Entity
@Table(name = "action_owner")
public class ActionOwner extends OwnerRow {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    private AgreedAction action;

    protected ActionOwner() {
    }

    ActionOwner(AgreedAction action, int position, OwnerRef ref) {
        super(position, ref);
        this.action = action;
    }

    /** Open to {@link AgreedAction}, which keeps its owners numbered in order. */
    @Override
    protected void reorder(int newPosition) {
        super.reorder(newPosition);
    }

    public AgreedAction getAction() {
        return action;
    }
}
