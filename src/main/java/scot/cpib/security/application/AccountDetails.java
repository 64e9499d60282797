package scot.cpib.security.application;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.Role;

/** An account's roles and whether it is active, as the admin's page shows them; "their version" on a conflict. */
public record AccountDetails(String username, Set<Role> roles, boolean active) implements Serializable {

    public AccountDetails {
        roles = Set.copyOf(new TreeSet<>(roles));
    }

    public static AccountDetails of(AppUser account) {
        return new AccountDetails(account.getUsername(), account.getRoles(), account.isEnabled());
    }
}
