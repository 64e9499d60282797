package scot.cpib.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;
import scot.cpib.api.error.JsonErrorWriter;
import scot.cpib.shared.web.ErrorPage;

/**
 * One mechanism for people and programs. People sign in on the login page (its bean calls
 * SecurityContext.authenticate with their credential) and stay signed in for the session; API
 * clients send HTTP Basic credentials with each request. A protected page without a signed-in
 * person redirects to the login page; a protected API route answers 401.
 */
@ApplicationScoped
@AutoApplySession
public class CpibAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String CHALLENGE = "Basic realm=\"CPIB Board Manager\", charset=\"UTF-8\"";
    private static final Logger LOG = Logger.getLogger(CpibAuthenticationMechanism.class.getName());

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            credential = basicCredential(request);
        }
        if (credential != null) {
            CredentialValidationResult result;
            try {
                result = identityStoreHandler.validate(credential);
            } catch (RuntimeException e) {
                if (ErrorPage.causedByDatabase(e)) {
                    return databaseUnavailable(request, response);
                }
                throw e;
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            if (isApi(request)) {
                return challenge(response, context);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(response, context);
        }
        return redirectToLogin(request, response);
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

    private static Credential basicCredential(HttpServletRequest request) {
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
