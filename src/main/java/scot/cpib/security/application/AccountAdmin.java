package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import scot.cpib.board.domain.Person;
import scot.cpib.security.domain.AccountLink.Purpose;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.RecoveryCode;
import scot.cpib.security.domain.TwoStep;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.AuditQueries;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * Accounts as an admin keeps them: made for a person (with a first sign-in link e-mailed instead of a
 * password), their roles changed, deactivated and reactivated (never deleted: the audit trail and
 * sign-in history keep their name), a fresh link when the e-mail did not arrive, and the sign-in history.
 */
@ApplicationScoped
public class AccountAdmin {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private AuditQueries auditQueries;

    @Inject
    private AccountLinks links;

    public List<AppUser> all() {
        requireAdmin();
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultList();
    }

    public AppUser get(long id) {
        requireAdmin();
        AppUser found = em.find(AppUser.class, id);
        if (found == null) {
            throw new NotFoundException("Account", id);
        }
        return found;
    }

    /** The accounts of each of the people, by person id and by user name: one statement for a page of people. */
    public Map<Long, List<AccountSummary>> accountsOf(Collection<Long> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT u.id, u.person.id, u.username, u.enabled FROM AppUser u WHERE u.person.id IN :people"
                        + " ORDER BY u.username", Object[].class).setParameter("people", people).getResultList().stream()
                .map(row -> new AccountSummary((Long) row[0], (Long) row[1], (String) row[2], (Boolean) row[3]))
                .collect(Collectors.groupingBy(AccountSummary::personId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The accounts of a person (usually one). */
    public List<AppUser> of(Person person) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.person = :p ORDER BY u.username", AppUser.class)
                .setParameter("p", person).getResultList();
    }

    /** A new account for the person, with a first sign-in link e-mailed to them (or to give by hand). */
    @Transactional
    public AccountLinks.Sent create(long personId, String username, Set<Role> roles) {
        requireAdmin();
        Person person = Optional.ofNullable(em.find(Person.class, personId))
                .orElseThrow(() -> new NotFoundException("Person", personId));
        AppUser account = AppUser.forPerson(username, person, roles);
        boolean taken = !em.createQuery("SELECT u FROM AppUser u WHERE LOWER(u.username) = LOWER(:n)", AppUser.class)
                .setParameter("n", account.getUsername()).getResultList().isEmpty();
        if (taken) {
            throw new DomainException("account.username.taken", "username", account.getUsername());
        }
        em.persist(account);
        em.flush();
        audit.record(account, "created", "Account " + account.getUsername() + " for " + person.getFullName()
                + " with roles " + new TreeSet<>(account.getRoles()));
        return links.issueAndSend(account, Purpose.FIRST_SIGN_IN);
    }

    @Transactional
    public void changeRoles(long id, long version, Set<Role> roles) {
        AppUser account = get(id);
        Versions.require(account, version, () -> AccountDetails.of(account));
        Set<Role> before = new TreeSet<>(account.getRoles());
        if (account.getUsername().equals(currentUser.getUsername()) && !roles.contains(Role.ADMIN)) {
            throw new DomainException("account.roles.ownAdmin", "roles");
        }
        account.grant(roles);
        audit.change(account, "roles", before, new TreeSet<>(account.getRoles()), "Roles of " + account.getUsername() + " changed");
    }

    @Transactional
    public void deactivate(long id, long version) {
        AppUser account = get(id);
        Versions.require(account, version, () -> AccountDetails.of(account));
        if (account.getUsername().equals(currentUser.getUsername())) {
            throw new DomainException("account.deactivate.own");
        }
        account.deactivate();
        audit.change(account, "active", true, false, "Account " + account.getUsername() + " deactivated");
    }

    @Transactional
    public void reactivate(long id, long version) {
        AppUser account = get(id);
        Versions.require(account, version, () -> AccountDetails.of(account));
        account.reactivate();
        audit.change(account, "active", false, true, "Account " + account.getUsername() + " reactivated");
    }

    /** A fresh link (the first sign-in link while no password is chosen, else a reset link), older ones withdrawn. */
    @Transactional
    public AccountLinks.Sent freshLink(long id) {
        AppUser account = get(id);
        if (!account.isEnabled()) {
            throw new DomainException("account.link.inactive");
        }
        return links.issueAndSend(account, account.hasPassword() ? Purpose.RESET : Purpose.FIRST_SIGN_IN);
    }

    /** Whether the account signs in with two-step verification. */
    public boolean hasTwoStep(long id) {
        return !em.createQuery("SELECT t FROM TwoStep t WHERE t.account.id = :id", TwoStep.class)
                .setParameter("id", get(id).getId()).getResultList().isEmpty();
    }

    /**
     * Turns two-step verification off for someone who has lost both their authenticator and their
     * recovery codes (after checking who is asking): they sign in with their password and set it up again.
     */
    @Transactional
    public void turnOffTwoStep(long id) {
        AppUser account = get(id);
        em.createQuery("SELECT r FROM RecoveryCode r WHERE r.account = :a", RecoveryCode.class)
                .setParameter("a", account).getResultList().forEach(em::remove);
        List<TwoStep> found = em.createQuery("SELECT t FROM TwoStep t WHERE t.account = :a", TwoStep.class)
                .setParameter("a", account).getResultList();
        if (found.isEmpty()) {
            throw new DomainException("account.twoStep.off");
        }
        found.forEach(em::remove);
        audit.record(account, "two-step verification turned off", "Two-step verification of " + account.getUsername()
                + " turned off by " + currentUser.getUsername());
    }

    /** Sign-ins, failed sign-ins and locks of the account, newest first. */
    public List<AuditEntry> signInHistory(long id) {
        AppUser account = get(id);
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = :t AND (e.entityId = :id OR "
                        + "(e.entityId IS NULL AND e.username = :name)) ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setParameter("t", SignInAudit.ENTITY_TYPE).setParameter("id", account.getId())
                .setParameter("name", account.getUsername()).setMaxResults(100).getResultList();
    }

    /** Changes made to the account itself (created, roles, links, deactivation), newest first. */
    public List<AuditEntry> accountHistory(long id) {
        AppUser account = get(id);
        return auditQueries.historyOf(AppUser.class.getSimpleName(), account.getId());
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw new NotFoundException("Accounts", currentUser.getUsername());
        }
    }
}
