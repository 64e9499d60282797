package scot.cpib.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;
import scot.cpib.security.application.SignIn;
import scot.cpib.security.application.SignInChannel;
import scot.cpib.security.application.SignInOutcome;
import scot.cpib.shared.web.ErrorPage;
import scot.cpib.shared.web.ProxySettings;

/**
 * One mechanism for people and programs. People sign in on the login page (its bean calls
 * SecurityContext.authenticate with their credential) and stay signed in for the session; API
 * clients send HTTP Basic credentials with each request, which never creates or uses a session.
 * Every attempt goes through {@link SignIn} (throttled, audited); for an account with two-step
 * verification the page's password only earns a ticket, and the code comes as a second credential
 * ({@link SecondStepCredential}). A protected page without a
 * signed-in person redirects to the login page; a protected API route answers 401, or 429 while
 * sign-ins for that name or address are refused.
 */
@ApplicationScoped
public class CpibAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String CHALLENGE = "Basic realm=\"CPIB Board Manager\", charset=\"UTF-8\"";
    /** Request attribute set when a sign-in was refused because of too many failures: the lock's end. */
    public static final String LOCKED_UNTIL = "scot.cpib.signIn.lockedUntil";
    /** Request attribute set when the password was right and a code is needed: the ticket for the second step. */
    public static final String SECOND_STEP_TICKET = "scot.cpib.signIn.secondStepTicket";
    /**
     * Session attribute set when the board requires two-step verification of this person and it is
     * not on yet: every page but the set-up page sends them there ({@code TwoStepSetupGate}).
     */
    public static final String TWO_STEP_SETUP_REQUIRED = "scot.cpib.signIn.twoStepSetupRequired";
    private static final Logger LOG = Logger.getLogger(CpibAuthenticationMechanism.class.getName());

    @Inject
    private SignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential instanceof SecondStepCredential secondStep) {
            return withSecondStep(secondStep, request, response, context);
        }
        String token = formCredential == null ? bearerToken(request) : null;
        if (token != null) {
            return withToken(token, request, response, context);
        }
        UsernamePasswordCredential basic = formCredential == null ? basicCredential(request) : null;
        if (formCredential == null && basic == null) {
            return withoutNewCredentials(request, response, context);
        }
        Credential given = formCredential == null ? basic : formCredential;
        if (!(given instanceof UsernamePasswordCredential credential)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInOutcome outcome;
        try {
            outcome = signIn.attempt(credential.getCaller(), credential.getPasswordAsString(),
                    ProxySettings.get().clientAddress(request), basic == null ? SignInChannel.PAGE : SignInChannel.API);
        } catch (RuntimeException e) {
            if (ErrorPage.causedByDatabase(e)) {
                return databaseUnavailable(request, response);
            }
            throw e;
        }
        if (outcome.isSignedIn()) {
            if (basic == null) {
                // the sign-in page: remembered for the session; HTTP Basic is checked on every request instead
                context.setRegisterSession(outcome.username(), outcome.roles());
                if (outcome.twoStepSetupRequired()) {
                    request.getSession().setAttribute(TWO_STEP_SETUP_REQUIRED, Boolean.TRUE);
                }
            }
            return context.notifyContainerAboutLogin(outcome.username(), outcome.roles());
        }
        if (outcome.status() == SignInOutcome.Status.SECOND_STEP) {
            request.setAttribute(SECOND_STEP_TICKET, outcome.secondStepTicket());
            return AuthenticationStatus.SEND_FAILURE;
        }
        return refused(outcome, request, response, context);
    }

    /** The code of a page sign-in whose password was right: signed in for the session when it is right. */
    private AuthenticationStatus withSecondStep(SecondStepCredential credential, HttpServletRequest request,
                                                HttpServletResponse response, HttpMessageContext context) {
        SignInOutcome outcome;
        try {
            outcome = signIn.attemptSecondStep(credential.ticket(), credential.code(),
                    ProxySettings.get().clientAddress(request));
        } catch (RuntimeException e) {
            if (ErrorPage.causedByDatabase(e)) {
                return databaseUnavailable(request, response);
            }
            throw e;
        }
        if (outcome.isSignedIn()) {
            context.setRegisterSession(outcome.username(), outcome.roles());
            return context.notifyContainerAboutLogin(outcome.username(), outcome.roles());
        }
        return refused(outcome, request, response, context);
    }

    /** A personal API token (Authorization: Bearer cpib_…): checked on each request, no session. */
    private AuthenticationStatus withToken(String token, HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        SignInOutcome outcome;
        try {
            outcome = signIn.attemptToken(token, ProxySettings.get().clientAddress(request));
        } catch (RuntimeException e) {
            if (ErrorPage.causedByDatabase(e)) {
                return databaseUnavailable(request, response);
            }
            throw e;
        }
        if (outcome.isSignedIn()) {
            return context.notifyContainerAboutLogin(outcome.username(), outcome.roles());
        }
        return refused(outcome, request, response, context);
    }

    private static AuthenticationStatus refused(SignInOutcome outcome, HttpServletRequest request,
                                                HttpServletResponse response, HttpMessageContext context) {
        if (outcome.status() == SignInOutcome.Status.LOCKED) {
            request.setAttribute(LOCKED_UNTIL, outcome.lockedUntil());
            if (isApi(request)) {
                return tooManyAttempts(response, outcome);
            }
        }
        if (isApi(request)) {
            return challenge(response, context);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * No credentials in this request: a person who signed in on the page stays signed in for the
     * session (what @AutoApplySession did, but never for a request that brings its own credentials);
     * otherwise a protected page redirects to the sign-in page and a protected API route answers 401.
     */
    private AuthenticationStatus withoutNewCredentials(HttpServletRequest request, HttpServletResponse response,
                                                       HttpMessageContext context) {
        Principal remembered = request.getUserPrincipal();
        if (remembered != null && request.getHeader("Authorization") == null) {
            try {
                context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), remembered)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new IllegalStateException("The container did not accept the session's caller", e);
            }
            return AuthenticationStatus.SUCCESS;
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(response, context);
        }
        return redirectToLogin(request, response);
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, SignInOutcome outcome) {
        long seconds = Math.max(1, Duration.between(Instant.now(), outcome.lockedUntil()).getSeconds());
        try {
            JsonErrorWriter.tooManyAttempts(response, seconds);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * Credentials cannot be checked while the database is unreachable: the friendly "unavailable"
     * page for people, a 503 JSON error for API clients (not a 500 with a stack trace in the log).
     */
    private static AuthenticationStatus databaseUnavailable(HttpServletRequest request, HttpServletResponse response) {
        LOG.warning("Sign-in could not be checked: the database is unreachable");
        try {
            if (isApi(request)) {
                JsonErrorWriter.databaseUnavailable(response);
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** 401 with a Basic challenge and a JSON body, like every other API error. */
    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        try {
            JsonErrorWriter.unauthorised(response, CHALLENGE);
        } catch (IOException e) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        try {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private static UsernamePasswordCredential basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
