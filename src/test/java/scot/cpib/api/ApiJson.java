package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/** Reads JSON answers in tests (Selenium's JSON reader is already on the test class path). */
public final class ApiJson {

    private static final Json JSON = new Json();

    private ApiJson() {
    }

    /** The body of a JSON answer with the expected status. */
    public static Map<String, Object> body(HttpResponse<String> response, int expectedStatus) {
        assertEquals(expectedStatus, response.statusCode(), () -> response.uri() + " answered " + response.body());
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/json"), () -> response.uri() + " answered " + type);
        return JSON.toType(response.body(), Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> json, String key) {
        return (List<Map<String, Object>>) json.get(key);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> json, String key) {
        return (Map<String, Object>) json.get(key);
    }

    public static long number(Map<String, Object> json, String key) {
        return ((Number) json.get(key)).longValue();
    }

    /** Asserts an error answer: JSON with status, reason, a message and no stack trace. */
    public static Map<String, Object> error(HttpResponse<String> response, int status) {
        Map<String, Object> json = body(response, status);
        assertEquals(status, number(json, "status"));
        assertTrue(json.get("error") instanceof String);
        assertTrue(json.get("message") instanceof String message && !message.isBlank());
        assertTrue(!response.body().contains("Exception") && !response.body().contains("\tat "), response.body());
        return json;
    }
}
