package scot.cpib.action;

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
 * the demo lead or anyone else without a sign-in round trip.
 */
@RequestScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ActingUser extends CurrentUser {

    private static volatile String username = "anonymous";
    private static volatile String personName;
    private static volatile Set<Role> roles = Set.of();

    @PersistenceContext
    private EntityManager em;

    /** Acts as this account (user name, the person's full name, roles) until told otherwise. */
    public static void actAs(String user, String fullName, Role... granted) {
        username = user;
        personName = fullName;
        roles = Set.of(granted);
    }

    @Override
    public boolean isSignedIn() {
        return !roles.isEmpty();
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Optional<Person> person() {
        if (personName == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM Person p WHERE p.fullName = :n", Person.class)
                .setParameter("n", personName).getResultStream().findFirst();
    }
}
