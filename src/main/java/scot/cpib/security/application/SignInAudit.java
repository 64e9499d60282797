package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import scot.cpib.shared.application.AuditTrail;

/**
 * Writes sign-ins, failed sign-ins and locks into the audit trail (kind "SignIn"), each in its own
 * transaction, under the user name that was tried. Admins read them on the audit trail page.
 */
@ApplicationScoped
public class SignInAudit {

    public static final String ENTITY_TYPE = "SignIn";

    @Inject
    private AuditTrail auditTrail;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signedIn(String username, Long accountId, String address, SignInChannel channel) {
        auditTrail.recordFor(username, ENTITY_TYPE, accountId, "signed in",
                "Signed in " + channel.description() + " from " + address);
    }

    /** Signed in on the page with the password and a second step: the app's code or a recovery code. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signedInWithCode(String username, Long accountId, String address, boolean recoveryCode, long recoveryCodesLeft) {
        auditTrail.recordFor(username, ENTITY_TYPE, accountId, "signed in",
                "Signed in " + SignInChannel.PAGE.description() + " from " + address + " with two-step verification"
                        + (recoveryCode ? " (a recovery code; " + recoveryCodesLeft + " left)" : ""));
    }

    /** A wrong or already used code in the second step (or when turning two-step verification off). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failedCode(String username, Long accountId, String address, SignInChannel channel, boolean nowLocked) {
        auditTrail.recordFor(username, ENTITY_TYPE, accountId, "sign-in failed",
                "Wrong or used two-step verification code " + channel.description() + " from " + address
                        + (nowLocked ? "; further sign-ins refused for a while" : ""));
    }

    /**
     * The right password through the API for an account that needs two-step verification: refused,
     * since the API takes a personal token instead (not counted as a failure).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void passwordOnlyRefused(String username, Long accountId, String address) {
        auditTrail.recordFor(username, ENTITY_TYPE, accountId, "sign-in refused",
                "Password sign-in refused " + SignInChannel.API.description() + " from " + address
                        + ": the account uses two-step verification, so the API takes a personal token");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, Long accountId, String address, SignInChannel channel, boolean nowLocked) {
        auditTrail.recordFor(username, ENTITY_TYPE, accountId, "sign-in failed",
                "Wrong user name or password " + channel.description() + " from " + address
                        + (nowLocked ? "; further sign-ins refused for a while" : ""));
    }
}
