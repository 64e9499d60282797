package scot.cpib.board.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import scot.cpib.shared.domain.DomainException;

/**
 * Who an action is for, before it is attached to one: a person, an organisation or a group. A person
 * may be named by a role on the board as the minute wrote it ("Chair"): {@code role} keeps the role, and
 * the person is its holder on the meeting's day.
 */
public record OwnerRef(Person person, Organisation organisation, OwnerGroup group, MembershipRole role) {

    public OwnerRef {
        int set = (person != null ? 1 : 0) + (organisation != null ? 1 : 0) + (group != null ? 1 : 0);
        if (set != 1 || role != null && person == null) {
            throw new DomainException("owner.exactlyOne", "owners");
        }
    }

    public OwnerRef(Person person, Organisation organisation, OwnerGroup group) {
        this(person, organisation, group, null);
    }

    /** The holder of a role, named by the role: shown "Chair (Steve Grimmond)". */
    public static OwnerRef holding(MembershipRole role, Person holder) {
        return new OwnerRef(holder, null, null, role);
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

    /** "Emily Lynch", "IS", "CPIB members" or "Chair (Steve Grimmond)". */
    public String getLabel() {
        return label(role, person == null ? null : person.getDisplayName(),
                organisation == null ? null : organisation.getLabel(), group == null ? null : group.getName());
    }

    /**
     * {@link #getLabel()} from what names the owner, e.g. as read in a query's columns: the person's
     * display name (with the role they were named by, if any), or else the organisation's label, or
     * else the group's name.
     */
    public static String label(MembershipRole role, String personName, String organisationLabel, String groupName) {
        if (role != null) {
            return MessageFormat.format(ResourceBundle.getBundle("i18n.messages", Locale.UK)
                    .getString("owner.asRole"), role.getTitle(), personName);
        }
        if (personName != null) {
            return personName;
        }
        return organisationLabel != null ? organisationLabel : groupName;
    }

    /** A stable key for pickers and URLs: "person:12", "organisation:3", "group:2", "role:CHAIR:person:1". */
    public String getKey() {
        return key(role, person == null ? null : person.getId(), organisation == null ? null : organisation.getId(),
                group == null ? null : group.getId());
    }

    /** {@link #getKey()} from the owner's ids (exactly one of them set) and role, e.g. as read in a query's columns. */
    public static String key(MembershipRole role, Long personId, Long organisationId, Long groupId) {
        if (role != null) {
            return "role:" + role.name() + ":person:" + personId;
        }
        if (personId != null) {
            return "person:" + personId;
        }
        if (organisationId != null) {
            return "organisation:" + organisationId;
        }
        return "group:" + groupId;
    }

    /**
     * Every name the owner answers to: a person's full name and the name with their title ("ACC
     * Malcolm Graham"), an organisation's name and short name, a group's name.
     */
    public List<String> getNames() {
        if (role != null) {
            return Stream.of(role.getTitle(), getLabel(), person.getFullName(), person.getDisplayName()).distinct().toList();
        }
        if (person != null) {
            return Stream.of(person.getFullName(), person.getDisplayName()).distinct().toList();
        }
        if (organisation != null) {
            return Stream.of(organisation.getName(), organisation.getShortName())
                    .filter(name -> name != null && !name.isBlank()).distinct().toList();
        }
        return List.of(group.getName());
    }

    /**
     * Whether the text as written names this owner by the rule of {@link OwnerNames}: one of its
     * {@linkplain #getNames() names}, or its key ("group:2", as a bookmarked filter carries it).
     */
    public boolean answersTo(String written) {
        return OwnerNames.same(written, getKey())
                || getNames().stream().anyMatch(name -> OwnerNames.same(written, name));
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

    /** As {@link #covers}, with the person's groups given by id (as {@code Directory.groupIdsOf} keeps them). */
    public boolean coversMember(Person someone, Set<Long> theirGroupIds) {
        if (person != null || organisation != null) {
            return covers(someone, Set.of());
        }
        return theirGroupIds.contains(group.getId());
    }
}
