package scot.cpib.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import scot.cpib.security.application.SignInThrottle;
import scot.cpib.security.infrastructure.CpibAuthenticationMechanism;
import scot.cpib.shared.web.PageMessages;

/**
 * The sign-in page: checks the credential, then returns the person to where they were going, or,
 * for an account with two-step verification, sends them on to the code page ({@link SignInCodePage}).
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private PageMessages messages;

    private String username;
    private String password;
    private String continueTo;

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + safeTarget(continueTo));
            faces.responseComplete();
            return null;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        Object ticket = external.getRequestMap().get(CpibAuthenticationMechanism.SECOND_STEP_TICKET);
        if (ticket instanceof String secondStep) {
            external.getSessionMap().put(SignInCodePage.TICKET, secondStep);
            external.redirect(external.getRequestContextPath() + "/login-code.xhtml?continue="
                    + URLEncoder.encode(safeTarget(continueTo), StandardCharsets.UTF_8));
            faces.responseComplete();
            return null;
        }
        Object lockedUntil = external.getRequestMap().get(CpibAuthenticationMechanism.LOCKED_UNTIL);
        if (lockedUntil instanceof Instant until) {
            messages.error("password", "login.locked", SignInThrottle.minutesUntil(until, Clock.systemUTC()));
        } else {
            messages.error("password", "login.failed");
        }
        password = null;
        return null;
    }

    public String signOut() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
        faces.responseComplete();
        return null;
    }

    /** Only local paths, so the sign-in page cannot be used to send people to another site. */
    static String safeTarget(String continueTo) {
        if (continueTo == null || !continueTo.startsWith("/") || continueTo.startsWith("//")
                || continueTo.contains("\\") || continueTo.startsWith("/login")) {
            return "/";
        }
        return continueTo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
