package scot.cpib.action.application;

import java.util.Set;
import scot.cpib.shared.domain.DomainException;

/**
 * Owners to match: an action matches when any of its owners is one of these people, organisations
 * or groups. Empty sets everywhere means any owner.
 */
public record OwnerFilter(Set<Long> personIds, Set<Long> organisationIds, Set<Long> groupIds) {

    public static final OwnerFilter ANY = new OwnerFilter(Set.of(), Set.of(), Set.of());

    public boolean isAny() {
        return personIds.isEmpty() && organisationIds.isEmpty() && groupIds.isEmpty();
    }

    /**
     * From an owner key as used in pickers and the API: "person:12", "organisation:3", "group:2"; a role's
     * holder ("role:CHAIR:person:1") is that person.
     */
    public static OwnerFilter ofKey(String key) {
        if (key == null || key.isBlank()) {
            return ANY;
        }
        String[] parts = key.strip().replaceFirst("^role:[A-Z_]+:", "").split(":", 2);
        long id;
        try {
            id = Long.parseLong(parts.length == 2 ? parts[1] : "x");
        } catch (NumberFormatException e) {
            throw new DomainException("owner.unknown", "owner", key);
        }
        return switch (parts[0]) {
            case "person" -> new OwnerFilter(Set.of(id), Set.of(), Set.of());
            case "organisation" -> new OwnerFilter(Set.of(), Set.of(id), Set.of());
            case "group" -> new OwnerFilter(Set.of(), Set.of(), Set.of(id));
            default -> throw new DomainException("owner.unknown", "owner", key);
        };
    }
}
