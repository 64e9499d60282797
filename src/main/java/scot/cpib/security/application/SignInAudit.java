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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, Long accountId, String address, SignInChannel channel, boolean nowLocked) {
        auditTrail.recordFor(username, ENTITY_TYPE, accountId, "sign-in failed",
                "Wrong user name or password " + channel.description() + " from " + address
                        + (nowLocked ? "; further sign-ins refused for a while" : ""));
    }
}
