package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.Role;

/**
 * Checks a user name and password: refused outright while the name or address is locked by the
 * {@link SignInThrottle}; otherwise the password is verified (or found in the {@link CredentialCache}),
 * a hash made with old parameters is replaced, and the outcome is counted and audited. An account
 * with two-step verification then needs a code from its authenticator app (or a recovery code).
 */
@ApplicationScoped
public class SignIn {

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private CredentialCache cache;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private SignInAudit audit;

    @Inject
    private ApiTokens apiTokens;

    @Inject
    private TwoStepVerification twoStep;

    @Inject
    private PendingSecondSteps pending;

    /** Compared against when the user name is unknown, so that both cases take the same time. */
    private volatile String decoyHash;

    /**
     * A user name and password. For an account with two-step verification the right password
     * signs in only on the page, and only after a second step ({@link #attemptSecondStep}); through
     * the API such an account uses a personal token instead.
     */
    public SignInOutcome attempt(String username, String password, String address, SignInChannel channel) {
        Optional<Instant> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            return SignInOutcome.locked(locked.get());
        }
        Optional<AppUser> found = accounts.findEnabled(username);
        if (found.isPresent() && cache.isVerified(username, password, found.get().getPasswordHash())) {
            // verified within the last minutes: audited then, not again on every API call
            return passwordRight(found.get(), address, channel, false);
        }
        boolean right = found.isPresent()
                ? hashing.matches(password, found.get().getPasswordHash())
                : decoyCheck(password);
        Long accountId = found.map(AppUser::getId).orElse(null);
        if (!right) {
            boolean nowLocked = throttle.recordFailure(username, address);
            audit.failed(username, accountId, address, channel, nowLocked);
            return SignInOutcome.wrong();
        }
        AppUser user = found.get();
        String storedHash = user.getPasswordHash();
        if (hashing.needsRehash(storedHash)) {
            storedHash = accounts.rehash(user.getId(), password);
        }
        cache.remember(username, password, storedHash);
        return passwordRight(user, address, channel, true);
    }

    /** The password was right: signed in, or for an account with two-step verification, a second step. */
    private SignInOutcome passwordRight(AppUser user, String address, SignInChannel channel, boolean freshlyChecked) {
        if (twoStep.isOn(user.getId())) {
            if (channel == SignInChannel.API) {
                audit.passwordOnlyRefused(user.getUsername(), user.getId(), address);
                return SignInOutcome.wrong();
            }
            return SignInOutcome.secondStep(pending.start(user.getId(), user.getUsername()));
        }
        if (channel == SignInChannel.API && twoStep.isRequiredOf(user)) {
            audit.passwordOnlyRefused(user.getUsername(), user.getId(), address);
            return SignInOutcome.wrong();
        }
        throttle.recordSuccess(user.getUsername());
        if (freshlyChecked) {
            this.audit.signedIn(user.getUsername(), user.getId(), address, channel);
        }
        return signedIn(user, channel == SignInChannel.PAGE && twoStep.isRequiredOf(user));
    }

    /**
     * The second step of a page sign-in: the code of the authenticator app, or a recovery code,
     * for the account whose password the ticket stands for. A wrong or used code counts as a failed
     * sign-in of the account and the address, and is refused while either is locked.
     */
    public SignInOutcome attemptSecondStep(String ticket, String code, String address) {
        Optional<PendingSecondSteps.Pending> waiting = pending.find(ticket);
        if (waiting.isEmpty()) {
            return SignInOutcome.wrong();
        }
        String username = waiting.get().username();
        Optional<Instant> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            return SignInOutcome.locked(locked.get());
        }
        Optional<AppUser> found = accounts.findEnabled(username);
        if (found.isEmpty()) {
            pending.finish(ticket);
            return SignInOutcome.wrong();
        }
        AppUser user = found.get();
        TwoStepVerification.CodeCheck check = twoStep.use(user.getId(), code);
        if (check == TwoStepVerification.CodeCheck.WRONG) {
            boolean nowLocked = throttle.recordFailure(username, address);
            audit.failedCode(username, user.getId(), address, SignInChannel.PAGE, nowLocked);
            return SignInOutcome.wrong();
        }
        pending.finish(ticket);
        throttle.recordSuccess(username);
        boolean recovery = check == TwoStepVerification.CodeCheck.RECOVERY_CODE;
        audit.signedInWithCode(username, user.getId(), address, recovery,
                recovery ? twoStep.unusedRecoveryCodes(user.getId()) : 0);
        return signedIn(user, false);
    }

    /**
     * A personal API token: refused while the address is locked; a token nobody has counts as a
     * failure of the address (not of any account, which a stranger could otherwise lock out).
     */
    public SignInOutcome attemptToken(String token, String address) {
        Optional<Instant> locked = throttle.lockedUntil(null, address);
        if (locked.isPresent()) {
            return SignInOutcome.locked(locked.get());
        }
        Optional<ApiTokens.TokenCaller> caller = apiTokens.callerFor(token);
        if (caller.isEmpty()) {
            boolean nowLocked = throttle.recordAddressFailure(address);
            audit.failed("(API token)", null, address, SignInChannel.API, nowLocked);
            return SignInOutcome.wrong();
        }
        return SignInOutcome.signedIn(caller.get().username(),
                caller.get().roles().stream().map(Role::name).collect(Collectors.toSet()), false);
    }

    private static SignInOutcome signedIn(AppUser user, boolean twoStepSetupRequired) {
        return SignInOutcome.signedIn(user.getUsername(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toSet()), twoStepSetupRequired);
    }

    private boolean decoyCheck(String password) {
        if (decoyHash == null) {
            decoyHash = hashing.hash("decoy-password-not-used");
        }
        hashing.matches(password, decoyHash);
        return false;
    }
}
