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
 * a hash made with old parameters is replaced, and the outcome is counted and audited.
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

    /** Compared against when the user name is unknown, so that both cases take the same time. */
    private volatile String decoyHash;

    public SignInOutcome attempt(String username, String password, String address, SignInChannel channel) {
        Optional<Instant> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            return SignInOutcome.locked(locked.get());
        }
        Optional<AppUser> found = accounts.findEnabled(username);
        if (found.isPresent() && cache.isVerified(username, password, found.get().getPasswordHash())) {
            return signedIn(found.get());
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
        throttle.recordSuccess(username);
        String storedHash = user.getPasswordHash();
        if (hashing.needsRehash(storedHash)) {
            storedHash = accounts.rehash(user.getId(), password);
        }
        cache.remember(username, password, storedHash);
        audit.signedIn(user.getUsername(), accountId, address, channel);
        return signedIn(user);
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
        Optional<AppUser> account = apiTokens.accountFor(token);
        if (account.isEmpty()) {
            boolean nowLocked = throttle.recordAddressFailure(address);
            audit.failed("(API token)", null, address, SignInChannel.API, nowLocked);
            return SignInOutcome.wrong();
        }
        return signedIn(account.get());
    }

    private static SignInOutcome signedIn(AppUser user) {
        return SignInOutcome.signedIn(user.getUsername(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private boolean decoyCheck(String password) {
        if (decoyHash == null) {
            decoyHash = hashing.hash("decoy-password-not-used");
        }
        hashing.matches(password, decoyHash);
        return false;
    }
}
