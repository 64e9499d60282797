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

/** One owner of an activity: a person, an organisation or a named group — exactly one of the three. */
@Entity
@Table(name = "activity_owner")
public class ActivityOwner extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

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

    protected ActivityOwner() {
    }

    ActivityOwner(Activity activity, int position, OwnerRef ref) {
        this.activity = activity;
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

    public Activity getActivity() {
        return activity;
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
