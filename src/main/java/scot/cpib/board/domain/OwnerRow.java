package scot.cpib.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Comparator;
import scot.cpib.shared.domain.BaseEntity;

/**
 * A row naming one party in a list — a person, an organisation or a named group, exactly one of
 * the three — at a position: the owners of an action or an activity, the leads of a workstream, the
 * delivery leads of an engagement plan. Subclasses add the link to what the list belongs to.
 */
@MappedSuperclass
public abstract class OwnerRow extends BaseEntity {

    /**
     * Rows in the order they were written. {@code @OrderBy} orders a list read on its own, but not one
     * joined to the query of what holds it, whose rows come in the database's order (issue 13).
     */
    public static final Comparator<OwnerRow> IN_ORDER = Comparator.comparingInt(OwnerRow::getPosition)
            .thenComparing(OwnerRow::getId, Comparator.nullsLast(Comparator.naturalOrder()));

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

    /** The role the person was named by ("Chair"), or null when named by name. */
    @Enumerated(EnumType.STRING)
    @Column(name = "as_role", length = 20)
    private MembershipRole asRole;

    protected OwnerRow() {
    }

    protected OwnerRow(int position, OwnerRef ref) {
        this.position = position;
        this.person = ref.person();
        this.organisation = ref.organisation();
        this.group = ref.group();
        this.asRole = ref.role();
    }

    protected void reorder(int newPosition) {
        this.position = newPosition;
    }

    public OwnerRef toRef() {
        return new OwnerRef(person, organisation, group, asRole);
    }

    public String getLabel() {
        return toRef().getLabel();
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

    public MembershipRole getAsRole() {
        return asRole;
    }
}
