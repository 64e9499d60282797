package scot.cpib.security.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import scot.cpib.board.domain.Person;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.Actor;

/** Who is asking, for this request: the account, its person and what its roles allow. */
@Named
@RequestScoped
public class CurrentUser implements Actor {

    @Inject
    private SecurityContext securityContext;

    @PersistenceContext
    private EntityManager em;

    private Optional<AppUser> account;

    /**
     * Whether {@link #rolesOf} holds each role asked about so far: each is asked of the container once a
     * request, and only when needed (each check is a JACC policy look-up: asking for all four on every API
     * request was about a tenth of its CPU, issue 13).
     */
    private final Map<Role, Boolean> held = new EnumMap<>(Role.class);
    private Principal rolesOf;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public boolean hasRole(Role role) {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal != rolesOf) {
            held.clear();
            rolesOf = principal;
        }
        return principal != null && held.computeIfAbsent(role, asked -> securityContext.isCallerInRole(asked.name()));
    }

    /** The secretariat, or an admin: may run the meeting cycle and edit any action. */
    public boolean isSecretariat() {
        return hasRole(Role.SECRETARIAT) || hasRole(Role.ADMIN);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    public boolean isLead() {
        return hasRole(Role.LEAD);
    }

    /** Anyone signed in with a role may read board papers that are not confidential. */
    public boolean isBoardReader() {
        return isSecretariat() || isLead() || hasRole(Role.MEMBER);
    }

    public Optional<AppUser> account() {
        if (account == null) {
            account = Optional.empty();
            if (isSignedIn()) {
                try {
                    // the roles, the person and the organisation joined in (all eager), not read one statement each
                    account = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :name", AppUser.class)
                            .setParameter("name", getUsername())
                            .setHint("eclipselink.left-join-fetch", "u.roles")
                            .setHint("eclipselink.left-join-fetch", "u.person.organisation")
                            // a list, not a stream: the roles come one row each, and all must be read
                            .getResultList().stream().findFirst();
                } catch (PersistenceException databaseUnavailable) {
                    // pages (the error page among them) still render with the user name alone
                    account = Optional.empty();
                }
            }
        }
        return account;
    }

    public Optional<Person> person() {
        return account().map(AppUser::getPerson);
    }

    /** Name as shown in the header and written into progress notes and the audit trail. */
    public String getDisplayName() {
        return person().map(Person::getDisplayName).orElse(getUsername());
    }
}
