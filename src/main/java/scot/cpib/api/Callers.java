package scot.cpib.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.security.infrastructure.CpibAuthenticationMechanism;
import scot.cpib.shared.domain.NotFoundException;

/** Who may call what, as the pages decide it: through {@link CurrentUser} (of the request asking). */
@ApplicationScoped
public class Callers {

    @Inject
    private CurrentUser currentUser;

    /**
     * The caller must be a board reader (member, lead, secretariat or admin): anonymous callers get
     * 401 with a Basic challenge, signed-in callers without a board role a 404.
     */
    public void requireBoardReader(String route) {
        if (!currentUser.isSignedIn()) {
            throw new NotAuthorizedException(ApiMessages.text("api.error.unauthorised"), CpibAuthenticationMechanism.CHALLENGE);
        }
        if (!currentUser.isBoardReader()) {
            throw new NotFoundException("Route", route);
        }
    }

    public boolean maySeeConfidential() {
        return currentUser.isSecretariat();
    }
}
