package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/**
 * Issue 15 point 1: two hundred members asking for the same agenda pack at once leave the server
 * answering. Every request gets the pack (200) or "busy, come back" (503 with Retry-After), never a
 * server error or a dropped connection; /health/live, polled all the while, answers UP every time
 * and in good time; the log has no OutOfMemoryError and a page is served afterwards.
 */
class DocumentLoadApiIT {

    private static final int REQUESTS = 200;
    /** Far above a healthy answer (milliseconds) and far below the minutes a starved server took. */
    private static final Duration HEALTH_BOUND = Duration.ofSeconds(10);

    @Test
    void twoHundredConcurrentPackRequestsLeaveHealthAnsweringAndNoOutOfMemoryError() throws Exception {
        AppServer app = AppServer.get();
        ApiClient api = new ApiClient(app);
        String pack = "/api/v1/meetings/" + MeetingsApiIT.meetingId(api, 16) + "/pack.pdf";
        // the member's password is checked once here; the burst then uses the verified credential
        assertEquals(200, api.getBytes(pack, "member").statusCode());
        // a connection per member, as browsers do (no HTTP/2 over plain HTTP)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(20)).build();

        AtomicBoolean burstOver = new AtomicBoolean();
        ExecutorService poller = Executors.newSingleThreadExecutor();
        Future<List<String>> health = poller.submit(() -> pollHealth(client, app, burstOver));
        List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(app.url(pack)))
                        .header("Authorization", ApiClient.basic("member", AppServer.DEMO_PASSWORD))
                        .timeout(Duration.ofSeconds(90)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
            }
            Map<String, Integer> outcomes = new TreeMap<>();
            for (CompletableFuture<HttpResponse<byte[]>> answer : answers) {
                outcomes.merge(outcome(answer), 1, Integer::sum);
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            burstOver.set(true);
            List<String> polls = health.get(60, TimeUnit.SECONDS);

            String summary = outcomes + " in " + seconds + " s; health polls: " + polls;
            System.out.println("[load] " + summary);
            assertTrue(outcomes.keySet().stream().allMatch(o -> o.equals("200 pdf") || o.equals("503 retry-after")),
                    "every request is answered with the pack or busy-with-Retry-After: " + summary);
            assertTrue(outcomes.getOrDefault("200 pdf", 0) > 0, "some requests get the pack: " + summary);
            assertTrue(polls.size() >= 3, "health was polled during the burst: " + summary);
            assertTrue(polls.stream().allMatch(p -> p.startsWith("UP ")), "health answered UP in time every time: " + summary);
        } finally {
            burstOver.set(true);
            poller.shutdownNow();
        }
        assertEquals(200, api.get("/meetings/index.xhtml").statusCode(), "a page is served after the burst");
        assertFalse(Files.readString(app.log()).contains("OutOfMemoryError"), "the log has an OutOfMemoryError");
    }

    /** "200 pdf", "503 retry-after", or what else came back (status, or the exception's kind). */
    private static String outcome(CompletableFuture<HttpResponse<byte[]>> answer) throws InterruptedException {
        try {
            HttpResponse<byte[]> response = answer.get(120, TimeUnit.SECONDS);
            int status = response.statusCode();
            if (status == 200 && response.body().length > 4 && new String(response.body(), 0, 4).equals("%PDF")) {
                return "200 pdf";
            }
            if (status == 503 && response.headers().firstValue("Retry-After").isPresent()) {
                return "503 retry-after";
            }
            return Integer.toString(status);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause.getClass().getSimpleName() + " (" + cause.getMessage() + ")";
        }
    }

    /** Polls /health/live until the burst is over (and once after): "UP 35 ms", or what went wrong. */
    private static List<String> pollHealth(HttpClient client, AppServer app, AtomicBoolean burstOver)
            throws InterruptedException {
        List<String> polls = new ArrayList<>();
        boolean last = false;
        while (!last) {
            last = burstOver.get();
            long asked = System.nanoTime();
            String result;
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(app.url("/health/live")))
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
                boolean up = response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
                result = (up && millis <= HEALTH_BOUND.toMillis() ? "UP " : "SLOW-OR-DOWN " + response.statusCode() + " ")
                        + millis + " ms";
            } catch (IOException e) {
                result = e.getClass().getSimpleName() + " (" + e.getMessage() + ")";
            }
            polls.add(result);
            Thread.sleep(250);
        }
        return polls;
    }
}
