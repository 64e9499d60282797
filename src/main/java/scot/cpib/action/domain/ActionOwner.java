package scot.cpib.action.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.BaseEntity;

/** One owner of an action: a person, an organisation or a named group — exactly one of the three. */
@Entity
@Table(name = "action_owner")
public class ActionOwner extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "action_id")
    private AgreedAction action;

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

    protected ActionOwner() {
    }

    ActionOwner(AgreedAction action, int position, OwnerRef ref) {
        this.action = action;
        this.position = position;
        this.person = ref.person();
        this.organisation = ref.organisation();
        this.group = ref.group();
    }

    void reorder(int newPosition) {
        this.position = newPosition;
    }

    public OwnerRef toRef() {
        return new OwnerRef(person, organisation, group);
    }

    public String getLabel() {
        return toRef().getLabel();
    }

    public AgreedAction getAction() {
        return action;
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
