package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/** The OpenAPI document at /openapi describes every route; /health/ready includes the database check, /health/live the serving check. */
class OpenApiAndHealthApiIT {

    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(AppServer.get());
    }

    @Test
    void openApiDocumentDescribesEveryRouteParameterAndBasicAuthentication() {
        HttpResponse<String> response = api.get("/openapi");
        assertEquals(200, response.statusCode(), response.body());
        String document = response.body();
        for (String expected : List.of("/api/v1/meetings:", "/api/v1/meetings/{id}:", "/api/v1/actions:",
                "/api/v1/actions/{id}:", "/api/v1/papers/{id}:", "/api/v1/meetings/{id}/pack.pdf:",
                "/api/v1/meetings/{id}/minute.docx:", "/api/v1/meetings/{id}.ics:", "/api/v1/actions.csv:",
                "/api/v1/calendar.ics:", "/api/v1/annual-reports:", "/api/v1/annual-reports/{id}:",
                "/api/v1/annual-reports/{id}/report.pdf:", "CPIB Board Manager API", "basicAuth",
                "scheme: basic", "ActionPage", "MeetingPage")) {
            assertTrue(document.contains(expected), expected + " missing from\n" + document);
        }
        for (String parameter : List.of("status", "owner", "overdue", "meeting", "dueFrom", "dueTo", "q", "sort",
                "order", "page", "size")) {
            assertTrue(document.contains("name: " + parameter + "\n"), "parameter " + parameter + " missing");
        }
    }

    @Test
    void openApiDocumentIsAlsoServedAsJson() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(AppServer.get().url("/openapi")))
                .header("Accept", "application/json"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().strip().startsWith("{") && response.body().contains("\"/api/v1/actions\""));
    }

    @Test
    void readinessIncludesTheDatabaseCheck() {
        HttpResponse<String> response = api.get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"name\":\"database\"") || response.body().contains("\"name\": \"database\""),
                response.body());
        assertTrue(response.body().contains("UP"), response.body());
        assertEquals(200, api.get("/health").statusCode());
    }

    @Test
    void livenessSaysTheAppCanServeItsPages() {
        HttpResponse<String> response = api.get("/health/live");
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body().replace(" ", "");
        assertTrue(body.contains("\"name\":\"serving\""), response.body());
        assertTrue(body.contains("\"status\":\"UP\""), response.body());
        assertTrue(body.contains("\"persistence\":\"UP\"") && body.contains("\"texts\":\"UP\""), response.body());
        // the app runs without Payara's Hazelcast (--nohazelcast, as in production): no member to check
        assertTrue(body.contains("\"cluster\":\"off\""), response.body());
        assertTrue(api.get("/health").body().contains("serving"), "the liveness check is part of /health");
    }
}
