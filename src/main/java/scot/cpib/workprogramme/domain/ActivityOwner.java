package scot.cpib.workprogramme.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.OwnerRow;

/** One owner of an activity: a person, an organisation or a named group — exactly one of the three. */
@Entity
@Table(name = "activity_owner")
public class ActivityOwner extends OwnerRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    protected ActivityOwner() {
    }

    ActivityOwner(Activity activity, int position, OwnerRef ref) {
        super(position, ref);
        this.activity = activity;
    }

    public Activity getActivity() {
        return activity;
    }
}
