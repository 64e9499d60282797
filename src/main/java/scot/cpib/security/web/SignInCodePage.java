package scot.cpib.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import scot.cpib.security.application.PendingSecondSteps;
import scot.cpib.security.application.SignInThrottle;
import scot.cpib.security.infrastructure.CpibAuthenticationMechanism;
import scot.cpib.security.infrastructure.SecondStepCredential;
import scot.cpib.shared.web.PageMessages;

/**
 * The second step of signing in: the code from the authenticator app, or a recovery code, for the
 * account whose password was right a moment ago (its ticket is in the session). Without a valid
 * ticket the person is sent back to the sign-in page.
 */
@Named
@RequestScoped
public class SignInCodePage {

    /** Session attribute: the ticket of a sign-in whose password was right. */
    public static final String TICKET = "scot.cpib.signIn.ticket";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private PageMessages messages;

    @Inject
    private PendingSecondSteps pending;

    private String code;
    private String continueTo;

    /** On opening the page: back to the sign-in page when there is no password to follow up. */
    public void check() throws IOException {
        if (!hasValidTicket()) {
            startAgain();
        }
    }

    public String verify() throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (!hasValidTicket()) {
            startAgain();
            return null;
        }
        String ticket = (String) external.getSessionMap().get(TICKET);
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new SecondStepCredential(ticket, code == null ? "" : code))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.getSessionMap().remove(TICKET);
            external.redirect(external.getRequestContextPath() + LoginPage.safeTarget(continueTo));
            faces.responseComplete();
            return null;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        Object lockedUntil = external.getRequestMap().get(CpibAuthenticationMechanism.LOCKED_UNTIL);
        if (lockedUntil instanceof Instant until) {
            messages.error("code", "login.locked", SignInThrottle.minutesUntil(until, Clock.systemUTC()));
        } else {
            messages.error("code", "login.code.wrong");
        }
        code = null;
        return null;
    }

    private boolean hasValidTicket() {
        Object ticket = faces.getExternalContext().getSessionMap().get(TICKET);
        return ticket instanceof String t && pending.find(t).isPresent();
    }

    private void startAgain() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.getSessionMap().remove(TICKET);
        messages.info("login.code.expired");
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        faces.responseComplete();
    }

    public String getCode() {
        return null;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
