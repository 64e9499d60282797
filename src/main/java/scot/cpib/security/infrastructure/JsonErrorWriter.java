package scot.cpib.security.infrastructure;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes an API error as JSON straight to the servlet response, for requests that fail before
 * JAX-RS runs (in the authentication mechanism): the same shape as every other API error (the API's
 * {@code ErrorDto}: status, error, message), with texts from the same {@code i18n/api} bundle.
 */
public final class JsonErrorWriter {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.api", Locale.UK);

    private JsonErrorWriter() {
    }

    /** 401 with a Basic challenge: no credentials for a protected route, or wrong ones. */
    public static void unauthorised(HttpServletResponse response, String challenge) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(response, 401, "Unauthorized", TEXTS.getString("api.error.unauthorised"));
    }

    /** 429: too many failed sign-ins for this name or from this address; try again after the lock. */
    public static void tooManyAttempts(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(response, 429, "Too Many Requests", TEXTS.getString("api.error.locked"));
    }

    /** 503: credentials cannot be checked while the database is unreachable. */
    public static void databaseUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "30");
        write(response, 503, "Service Unavailable", TEXTS.getString("api.error.database"));
    }

    private static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
        String json = Json.createObjectBuilder().add("status", status).add("error", error)
                .add("message", message).build().toString();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
        response.flushBuffer();
    }
}
