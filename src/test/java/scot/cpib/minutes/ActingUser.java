package scot.cpib.minutes;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.security.domain.Role;

/**
 * Stands in for the signed-in person in the minute's in-container tests: the test says which demo
 * account acts (the secretariat by default), and permission checks see that account's role.
 */
@Alternative
@Priority(1000)
@RequestScoped
public class ActingUser extends CurrentUser {

    private static volatile String username = "secretariat";
    private static volatile Role role = Role.SECRETARIAT;

    static void actAs(String name, Role newRole) {
        username = name;
        role = newRole;
    }

    @Override
    public boolean isSignedIn() {
        return role != null;
    }

    @Override
    public String getUsername() {
        return role == null ? "anonymous" : username;
    }

    @Override
    public boolean hasRole(Role asked) {
        return role == asked;
    }
}
