package scot.cpib.security.application;

import java.time.Instant;
import java.util.Set;

/**
 * What became of one sign-in attempt: signed in (with the account's name and roles, and whether
 * the board requires the person to set up two-step verification first), the password right but a
 * second step needed (with the ticket that stands for the checked password), refused because the
 * name, password or code is wrong, or refused because of too many recent failures.
 */
public record SignInOutcome(Status status, String username, Set<String> roles, Instant lockedUntil,
                            String secondStepTicket, boolean twoStepSetupRequired) {

    public enum Status { SIGNED_IN, SECOND_STEP, WRONG, LOCKED }

    static SignInOutcome signedIn(String username, Set<String> roles, boolean twoStepSetupRequired) {
        return new SignInOutcome(Status.SIGNED_IN, username, Set.copyOf(roles), null, null, twoStepSetupRequired);
    }

    static SignInOutcome secondStep(String ticket) {
        return new SignInOutcome(Status.SECOND_STEP, null, Set.of(), null, ticket, false);
    }

    static SignInOutcome wrong() {
        return new SignInOutcome(Status.WRONG, null, Set.of(), null, null, false);
    }

    static SignInOutcome locked(Instant until) {
        return new SignInOutcome(Status.LOCKED, null, Set.of(), until, null, false);
    }

    public boolean isSignedIn() {
        return status == Status.SIGNED_IN;
    }
}
