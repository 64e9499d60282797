package scot.cpib.board.domain;

import java.util.Set;
import scot.cpib.shared.domain.DomainException;

/** Who an action is for, before it is attached to one: a person, an organisation or a group. */
public record OwnerRef(Person person, Organisation organisation, OwnerGroup group) {

    public OwnerRef {
        int set = (person != null ? 1 : 0) + (organisation != null ? 1 : 0) + (group != null ? 1 : 0);
        if (set != 1) {
            throw new DomainException("action.owner.exactlyOne", "owners");
        }
    }

    public static OwnerRef of(Person person) {
        return new OwnerRef(person, null, null);
    }

    public static OwnerRef of(Organisation organisation) {
        return new OwnerRef(null, organisation, null);
    }

    public static OwnerRef of(OwnerGroup group) {
        return new OwnerRef(null, null, group);
    }

    /** "Emily Lynch", "IS" or "CPIB members". */
    public String getLabel() {
        if (person != null) {
            return person.getDisplayName();
        }
        if (organisation != null) {
            return organisation.getLabel();
        }
        return group.getName();
    }

    /** A stable key for pickers and URLs: "person:12", "organisation:3", "group:2". */
    public String getKey() {
        if (person != null) {
            return "person:" + person.getId();
        }
        if (organisation != null) {
            return "organisation:" + organisation.getId();
        }
        return "group:" + group.getId();
    }

    /** Whether this owner covers the person: it is them, their organisation, or a group they belong to. */
    public boolean covers(Person someone, Set<OwnerGroup> theirGroups) {
        if (person != null) {
            return person.equals(someone);
        }
        if (organisation != null) {
            return someone.getOrganisation() != null && organisation.equals(someone.getOrganisation());
        }
        return theirGroups.contains(group);
    }
}
