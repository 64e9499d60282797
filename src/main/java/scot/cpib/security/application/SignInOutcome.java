package scot.cpib.security.application;

import java.time.Instant;
import java.util.Set;

/**
 * What became of one sign-in attempt: signed in (with the account's name and roles), refused
 * because the name or password is wrong, or refused because of too many recent failures.
 */
public record SignInOutcome(Status status, String username, Set<String> roles, Instant lockedUntil) {

    public enum Status { SIGNED_IN, WRONG, LOCKED }

    static SignInOutcome signedIn(String username, Set<String> roles) {
        return new SignInOutcome(Status.SIGNED_IN, username, Set.copyOf(roles), null);
    }

    static SignInOutcome wrong() {
        return new SignInOutcome(Status.WRONG, null, Set.of(), null);
    }

    static SignInOutcome locked(Instant until) {
        return new SignInOutcome(Status.LOCKED, null, Set.of(), until);
    }

    public boolean isSignedIn() {
        return status == Status.SIGNED_IN;
    }
}
