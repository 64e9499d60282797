package scot.cpib.it.container;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import scot.cpib.board.domain.Person;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.security.domain.Role;

/**
 * In-container tests only: stands in for the signed-in user, so a test can act as the secretariat,
 * the demo lead or anyone else without a sign-in round trip. One for the whole test archive: every
 * in-container test class shares it (and its state), so each class says who acts before each test.
 */
@RequestScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ActingUser extends CurrentUser {

    private static volatile String username = "secretariat";
    private static volatile String personName;
    private static volatile Set<Role> roles = Set.of(Role.SECRETARIAT);

    /** Acts as this account (user name, the person's full name, roles) until told otherwise. */
    public static void actAs(String user, String fullName, Role... granted) {
        username = user;
        personName = fullName;
        roles = Set.of(granted);
    }

    /** Acts as this account with one role, its person found through the account; a null role is nobody. */
    public static void actAs(String user, Role role) {
        username = user;
        personName = null;
        roles = role == null ? Set.of() : Set.of(role);
    }

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean isSignedIn() {
        return !roles.isEmpty();
    }

    @Override
    public String getUsername() {
        return isSignedIn() ? username : "anonymous";
    }

    @Override
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Optional<Person> person() {
        if (personName == null) {
            return super.person();
        }
        return em.createQuery("SELECT p FROM Person p WHERE p.fullName = :n", Person.class)
                .setParameter("n", personName).getResultStream().findFirst();
    }
}
