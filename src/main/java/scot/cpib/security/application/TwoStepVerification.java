package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Board;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.RecoveryCode;
import scot.cpib.security.domain.Role;
import scot.cpib.security.domain.TwoStep;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * Two-step verification: a person turns it on with a secret their authenticator app holds (proved
 * by a current code) and receives ten recovery codes, or turns it off with their password and a
 * code; sign-in checks a code (the app's or a recovery code) and uses it up; the board may require
 * it of admin and secretariat accounts.
 */
@ApplicationScoped
public class TwoStepVerification {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private SignInAudit signInAudit;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Directory directory;

    private Clock clock = Clock.systemUTC();

    /** What a typed code turned out to be. */
    public enum CodeCheck { APP_CODE, RECOVERY_CODE, WRONG }

    public Optional<TwoStep> of(long accountId) {
        return em.createQuery("SELECT t FROM TwoStep t WHERE t.account.id = :account", TwoStep.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    public boolean isOn(long accountId) {
        return of(accountId).isPresent();
    }

    /** The signed-in person's two-step verification, if it is on. */
    public Optional<TwoStep> mine() {
        return currentUser.account().flatMap(account -> of(account.getId()));
    }

    public long unusedRecoveryCodes(long accountId) {
        return em.createQuery("SELECT COUNT(r) FROM RecoveryCode r WHERE r.account.id = :account AND r.usedAt IS NULL", Long.class)
                .setParameter("account", accountId).getSingleResult();
    }

    /** Whether the board requires two-step verification of admin and secretariat accounts. */
    public boolean isRequiredByBoard() {
        return directory.board().isTwoStepRequired();
    }

    /** Whether this account must use two-step verification: an admin or secretariat account while the board requires it. */
    public boolean isRequiredOf(AppUser account) {
        return (account.getRoles().contains(Role.ADMIN) || account.getRoles().contains(Role.SECRETARIAT))
                && isRequiredByBoard();
    }

    /** The admin or secretariat turns the board's requirement on or off. */
    @Transactional
    public void requireForAdminAndSecretariat(boolean required) {
        if (!currentUser.isSecretariat()) {
            throw new NotFoundException("setting", "twoStepRequired");
        }
        Board board = em.find(Board.class, directory.board().getId());
        boolean before = board.isTwoStepRequired();
        board.requireTwoStep(required);
        auditTrail.change(board, "twoStepRequired", before, required, required
                ? "Two-step verification required for admin and secretariat accounts"
                : "Two-step verification no longer required for admin and secretariat accounts");
    }

    /**
     * Turns two-step verification on for the signed-in person with the secret they were shown,
     * once the code typed proves their app has it; returns the ten recovery codes, shown once.
     */
    @Transactional
    public List<String> turnOn(String secret, String typedCode) {
        AppUser account = signedInAccount();
        if (isOn(account.getId())) {
            throw new DomainException("twoStep.alreadyOn", "code");
        }
        em.persist(TwoStep.confirm(account, secret, typedCode, clock.instant()));
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.account = :account").setParameter("account", account).executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RecoveryCode.COUNT; i++) {
            StringBuilder code = new StringBuilder();
            em.persist(RecoveryCode.issue(account, code));
            codes.add(code.toString());
        }
        auditTrail.record(account, "two-step verification on",
                "Two-step verification turned on by " + account.getUsername() + "; " + RecoveryCode.COUNT + " recovery codes made");
        return codes;
    }

    /**
     * Turns it off for the signed-in person: their password and a code (the app's or a recovery
     * code) are required, and a wrong one counts as a failed sign-in. Refused while the board
     * requires it of their role.
     */
    @Transactional
    public void turnOff(String password, String typedCode, String address) {
        AppUser account = signedInAccount();
        TwoStep twoStep = of(account.getId()).orElseThrow(() -> new DomainException("twoStep.alreadyOff", "offCode"));
        if (isRequiredOf(account)) {
            throw new DomainException("twoStep.requiredByBoard", "offCode");
        }
        Optional<Instant> locked = throttle.lockedUntil(account.getUsername(), address);
        if (locked.isPresent()) {
            throw new DomainException("login.locked", "offPassword", SignInThrottle.minutesUntil(locked.get(), clock));
        }
        if (password == null || !hashing.matches(password, account.getPasswordHash())) {
            boolean nowLocked = throttle.recordFailure(account.getUsername(), address);
            signInAudit.failed(account.getUsername(), account.getId(), address, SignInChannel.TWO_STEP_OFF, nowLocked);
            throw new DomainException("account.currentWrong", "offPassword");
        }
        if (use(account.getId(), typedCode) == CodeCheck.WRONG) {
            boolean nowLocked = throttle.recordFailure(account.getUsername(), address);
            signInAudit.failedCode(account.getUsername(), account.getId(), address, SignInChannel.TWO_STEP_OFF, nowLocked);
            throw new DomainException("twoStep.codeWrong", "offCode");
        }
        em.remove(em.merge(twoStep));
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.account = :account").setParameter("account", account).executeUpdate();
        auditTrail.record(account, "two-step verification off", "Two-step verification turned off by " + account.getUsername());
    }

    /**
     * Checks a typed code for an account and uses it up: the app's code of a step later than the
     * last one used, or an unused recovery code. Each is claimed by one conditional update, so two
     * requests with the same code cannot both succeed.
     */
    @Transactional
    public CodeCheck use(long accountId, String typedCode) {
        Optional<TwoStep> twoStep = of(accountId);
        if (twoStep.isEmpty()) {
            return CodeCheck.WRONG;
        }
        OptionalLong step = twoStep.get().stepOf(typedCode, clock.instant());
        if (step.isPresent()) {
            int claimed = em.createQuery("UPDATE TwoStep t SET t.lastUsedStep = :step WHERE t.id = :id AND t.lastUsedStep < :step")
                    .setParameter("step", step.getAsLong()).setParameter("id", twoStep.get().getId()).executeUpdate();
            return claimed == 1 ? CodeCheck.APP_CODE : CodeCheck.WRONG;
        }
        Optional<String> hash = RecoveryCode.hashOf(typedCode);
        if (hash.isPresent()) {
            int claimed = em.createQuery("UPDATE RecoveryCode r SET r.usedAt = :now "
                            + "WHERE r.account.id = :account AND r.codeHash = :hash AND r.usedAt IS NULL")
                    .setParameter("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .setParameter("account", accountId).setParameter("hash", hash.get()).executeUpdate();
            return claimed == 1 ? CodeCheck.RECOVERY_CODE : CodeCheck.WRONG;
        }
        return CodeCheck.WRONG;
    }

    private AppUser signedInAccount() {
        return currentUser.account().map(a -> em.find(AppUser.class, a.getId()))
                .orElseThrow(() -> new NotFoundException("account", currentUser.getUsername()));
    }
}
