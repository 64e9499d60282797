package scot.cpib.api.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import scot.cpib.api.ApiMessages;
import scot.cpib.api.model.ErrorDto;

/**
 * The 503 JSON answer for an API request that fails before JAX-RS runs (sign-in needs the
 * database too), in the same shape as every other API error.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static void write(HttpServletResponse response) throws IOException {
        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(new ErrorDto(503, "Service Unavailable", ApiMessages.text("api.error.database"), null));
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
        response.flushBuffer();
    }
}
