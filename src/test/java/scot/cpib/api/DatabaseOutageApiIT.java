package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.api.ApiJson.body;
import static scot.cpib.api.ApiJson.error;
import static scot.cpib.api.ApiJson.list;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/**
 * The second app instance on MariaDB ({@link SecondInstance}), reached through a TCP proxy in this JVM: while the proxy is cut
 * the pages answer the friendly "unavailable" page (503), the API a 503 JSON error and
 * /health/ready DOWN; once it is restored everything works again within 60 seconds, no restart.
 * As that database is the tests' own, this class also puts papers on an agenda (the shared app's demo data has
 * none) to check that confidential papers reach only the secretariat.
 */
class DatabaseOutageApiIT {

    /** The page listing the meetings (the home page in this branch). */
    static final String MEETINGS_PAGE = "/meetings/index.xhtml";
    static final Duration RECOVERY = Duration.ofSeconds(60);
    /** How soon a request must learn the database is away (the app must not sit retrying). */
    static final Duration PROMPT = Duration.ofSeconds(6);

    private static SecondInstance papersAddedTo;
    private static TcpProxy proxy;
    private static AppServer app;
    private static ApiClient api;
    private static final Map<String, Long> paperIds = new HashMap<>();
    private static final byte[] PDF = "%PDF-1.4 engagement strategy".getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void startInstanceBehindProxy() throws Exception {
        SecondInstance instance = SecondInstance.get();
        proxy = instance.proxy;
        app = instance.app;
        api = new ApiClient(app);
        if (papersAddedTo != instance) {
            // once per database (not again when failsafe reruns a failed test of this class)
            paperIds.clear();
            addPapers(instance);
            papersAddedTo = instance;
        }
    }

    /** The instance stays up for KilledServerApiIT (SecondInstance); its database is back whatever happened here. */
    @AfterAll
    static void restoreDatabase() throws IOException {
        if (proxy != null) {
            proxy.restore();
        }
    }

    @Test
    void pagesAndApiSurviveTheDatabaseGoingAwayAndComingBack() throws IOException {
        assertWorking();

        proxy.cut();

        long cutAt = System.nanoTime();
        HttpResponse<String> page = api.get(MEETINGS_PAGE);
        assertTrue(Duration.ofNanos(System.nanoTime() - cutAt).compareTo(PROMPT) < 0, "the unavailable page took too long");
        assertEquals(503, page.statusCode(), page.body());
        assertTrue(page.body().contains("The board record is unavailable for a moment"), page.body());
        assertNoStackTrace(page.body());
        HttpResponse<String> ready = api.get("/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"DOWN\""), ready.body());
        assertEquals(503, ((Number) error(api.get("/api/v1/meetings"), 503).get("status")).intValue());
        HttpResponse<String> signedInPage = api.get(MEETINGS_PAGE, "member");
        assertEquals(503, signedInPage.statusCode(), signedInPage.body());
        assertTrue(signedInPage.body().contains("The board record is unavailable for a moment"), signedInPage.body());
        assertNoStackTrace(signedInPage.body());
        long apiAt = System.nanoTime();
        error(api.get("/api/v1/actions", "member"), 503);
        assertTrue(Duration.ofNanos(System.nanoTime() - apiAt).compareTo(PROMPT) < 0, "the 503 answer took too long");

        proxy.restore();

        awaitWithin(RECOVERY, () -> api.get(MEETINGS_PAGE).statusCode() == 200
                && api.get("/api/v1/meetings").statusCode() == 200
                && api.get("/health/ready").statusCode() == 200);
        assertWorking();
    }

    @Test
    void confidentialPapersAreListedAndServedOnlyToTheSecretariat() {
        long meeting = MeetingsApiIT.meetingId(api, 16);
        List<String> demoPapers = List.of("Additional update on workstream 2: CPPs projects update (LIST)",
                "CPIB Engagement Strategy", "CPIB Work Programme – revised to reflect updated purpose",
                "Community Participation Action Learning Report",
                "Community Participation Action Learning – Key Recommendations");
        List<String> forMembers = new ArrayList<>(demoPapers);
        forMembers.addAll(List.of("Engagement Strategy", "Engagement Strategy – cover note"));
        assertEquals(forMembers, paperTitles(api.get("/api/v1/meetings/" + meeting, "member")));
        List<String> forSecretariat = new ArrayList<>(forMembers);
        forSecretariat.add("Partner feedback (restricted)");
        assertEquals(forSecretariat, paperTitles(api.get("/api/v1/meetings/" + meeting, "secretariat")));

        HttpResponse<byte[]> file = api.getBytes("/api/v1/papers/" + paperIds.get("Engagement Strategy"), "member");
        assertEquals(200, file.statusCode());
        assertArrayEquals(PDF, file.body());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename*=UTF-8''Engagement%20Strategy.pdf"));
        HttpResponse<String> written = api.get("/api/v1/papers/" + paperIds.get("Engagement Strategy – cover note"), "lead");
        assertEquals(200, written.statusCode());
        assertTrue(written.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("<p>For approval.</p>", written.body());

        String restricted = "/api/v1/papers/" + paperIds.get("Partner feedback (restricted)");
        error(api.get(restricted, "member"), 404);
        error(api.get(restricted, "lead"), 404);
        assertEquals(200, api.getBytes(restricted, "secretariat").statusCode());
        assertEquals(200, api.getBytes(restricted, "admin").statusCode());
        error(api.get("/api/v1/papers/" + paperIds.get("Engagement Strategy")), 404);
        error(api.get("/api/v1/papers/987654", "secretariat"), 404);
    }

    private static List<String> paperTitles(HttpResponse<String> meeting) {
        return list(body(meeting, 200), "agenda").stream()
                .flatMap(item -> list(item, "papers").stream())
                .map(paper -> {
                    assertTrue(((String) paper.get("downloadUrl")).endsWith("/api/v1/papers/" + paper.get("id")));
                    assertEquals(paper.get("title").toString().contains("restricted"), paper.get("confidential"));
                    return (String) paper.get("title");
                })
                .sorted().toList();
    }

    /** Two papers under item 4 of meeting 16 (an upload and a written one) and a confidential upload. */
    private static void addPapers(SecondInstance instance) throws SQLException {
        try (Connection connection = instance.connect()) {
            addPaper(connection, "Engagement Strategy", "Engagement Strategy.pdf", false, PDF, null);
            addPaper(connection, "Engagement Strategy – cover note", null, false, null, "<p>For approval.</p>");
            addPaper(connection, "Partner feedback (restricted)", "feedback.pdf", true, PDF, null);
        }
    }

    private static void addPaper(Connection connection, String title, String fileName, boolean confidential,
                                 byte[] data, String html) throws SQLException {
        try (PreparedStatement paper = connection.prepareStatement("INSERT INTO paper (agenda_item_id, title, file_name,"
                + " content_type, size_bytes, body_html, confidential, uploaded_at, uploaded_by)"
                + " SELECT i.id, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, 'secretariat' FROM agenda_item i"
                + " JOIN meeting m ON m.id = i.meeting_id WHERE m.number = 16 AND i.position = 4 AND i.parent_id IS NULL",
                Statement.RETURN_GENERATED_KEYS)) {
            paper.setString(1, title);
            paper.setString(2, fileName);
            paper.setString(3, data == null ? null : "application/pdf");
            paper.setObject(4, data == null ? null : (long) data.length);
            paper.setString(5, html);
            paper.setBoolean(6, confidential);
            assertEquals(1, paper.executeUpdate());
            try (ResultSet keys = paper.getGeneratedKeys()) {
                keys.next();
                paperIds.put(title, keys.getLong(1));
            }
        }
        if (data != null) {
            try (PreparedStatement content = connection.prepareStatement(
                    "INSERT INTO paper_content (paper_id, data) VALUES (?, ?)")) {
                content.setLong(1, paperIds.get(title));
                content.setBytes(2, data);
                content.executeUpdate();
            }
        }
    }

    private static void assertWorking() {
        HttpResponse<String> page = api.get(MEETINGS_PAGE, "member");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("16th meeting"), page.body());
        Map<String, Object> meetings = body(api.get("/api/v1/meetings", "member"), 200);
        assertEquals(3, list(meetings, "items").size());
        HttpResponse<String> ready = api.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
    }

    private static void assertNoStackTrace(String body) {
        for (String trace : new String[] {"Caused by", "\tat ", "at scot.", "SQLException", "CommunicationsException",
            "PersistenceException", "jdbc:"}) {
            assertFalse(body.contains(trace), trace + " in " + body);
        }
    }

    private static void awaitWithin(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Not working again within " + limit + " of the database coming back");
    }
}
