package scot.cpib.shared.application;

/**
 * Who is acting in this request, as the audit trail and the mail log record it. The security context
 * provides it ({@code security.application.CurrentUser}); shared code asks through this interface so that
 * it depends on no context above it.
 */
public interface Actor {

    /** The sign-in name, or "anonymous". */
    String getUsername();

    /** Whether they may keep the board's record: the secretariat, or an admin. */
    boolean isSecretariat();
}
