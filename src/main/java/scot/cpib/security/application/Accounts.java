package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import scot.cpib.security.domain.AppUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/** Accounts: finding one by user name, replacing an old hash, and a person changing their password. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private SignInAudit signInAudit;

    @Inject
    private AuditTrail auditTrail;

    /** An account that may sign in, by its exact user name. */
    public Optional<AppUser> findEnabled(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :name", AppUser.class)
                .setParameter("name", username).getResultStream().findFirst().filter(AppUser::isEnabled);
    }

    /** Stores the password again with today's hash parameters; returns the new hash. */
    @Transactional
    public String rehash(long accountId, String password) {
        AppUser user = em.find(AppUser.class, accountId);
        String newHash = hashing.hash(password);
        user.changePasswordHash(newHash);
        return newHash;
    }

    /**
     * The signed-in person changes their own password: the current one must be right (a wrong one
     * counts as a failed sign-in), the new one must meet the policy and be typed the same twice.
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String repeated, String address) {
        AppUser user = currentUser.account().map(a -> em.find(AppUser.class, a.getId()))
                .orElseThrow(() -> new NotFoundException("account", currentUser.getUsername()));
        Optional<Instant> locked = throttle.lockedUntil(user.getUsername(), address);
        if (locked.isPresent()) {
            throw new DomainException("login.locked", "currentPassword",
                    SignInThrottle.minutesUntil(locked.get(), Clock.systemUTC()));
        }
        if (currentPassword == null || !hashing.matches(currentPassword, user.getPasswordHash())) {
            boolean nowLocked = throttle.recordFailure(user.getUsername(), address);
            signInAudit.failed(user.getUsername(), user.getId(), address, SignInChannel.PASSWORD_CHANGE, nowLocked);
            throw new DomainException("account.currentWrong", "currentPassword");
        }
        if (newPassword == null || !newPassword.equals(repeated)) {
            throw new DomainException("account.repeatDifferent", "repeatPassword");
        }
        user.changePassword(newPassword, hashing::hash);
        auditTrail.record(user, "password changed", "Password changed by " + user.getUsername() + " from " + address);
    }
}
