package scot.cpib.api.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import scot.cpib.api.ApiMessages;
import scot.cpib.api.model.ErrorDto;

/**
 * Writes an API error as JSON straight to the servlet response, for requests that fail before
 * JAX-RS runs (in the authentication mechanism): the same shape as every other API error.
 */
public final class JsonErrorWriter {

    private JsonErrorWriter() {
    }

    /** 401 with a Basic challenge: no credentials for a protected route, or wrong ones. */
    public static void unauthorised(HttpServletResponse response, String challenge) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(response, new ErrorDto(401, "Unauthorized", ApiMessages.text("api.error.unauthorised"), null));
    }

    /** 429: too many failed sign-ins for this name or from this address; try again after the lock. */
    public static void tooManyAttempts(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(response, new ErrorDto(429, "Too Many Requests", ApiMessages.text("api.error.locked"), null));
    }

    /** 503: credentials cannot be checked while the database is unreachable. */
    public static void databaseUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "30");
        write(response, new ErrorDto(503, "Service Unavailable", ApiMessages.text("api.error.database"), null));
    }

    private static void write(HttpServletResponse response, ErrorDto error) throws IOException {
        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(error);
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setStatus(error.status());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
        response.flushBuffer();
    }
}
