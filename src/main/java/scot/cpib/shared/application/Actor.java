package scot.cpib.shared.application;

/**
 * Who is acting in this request, as the audit trail and the mail log record it. The security context
 * provides it ({@code security.application.CurrentUser}); shared code asks through this interface so that
 * it depends on no context above it.
 */
public interface Actor {

    /** The sign-in name, or "anonymous". */
    String getUsername();

    /** Whether the actor may run the board's business (the secretariat or an admin). */
    default boolean isSecretariat() {
        return false;
    }

    /** Whether the actor is an administrator. */
    default boolean isAdmin() {
        return false;
    }
}
