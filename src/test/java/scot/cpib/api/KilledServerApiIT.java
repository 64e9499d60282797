package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.api.ApiJson.body;
import static scot.cpib.api.ApiJson.list;
import static scot.cpib.api.ApiJson.number;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;
import scot.cpib.it.TempFiles;

/**
 * No confirmed save is lost when the server process is killed: an instance of its own makes ten
 * progress updates on an action through the action page, each confirmed to the user (the redirect
 * after saving), then its JVM is killed with SIGKILL straight after the last one; every update and
 * its audit row are in the database afterwards. On the embedded H2 database ({@link KilledH2Instance}:
 * a file database with the URL the app is given, reopened with the H2 driver as the next start would;
 * started early while other classes run) and on MariaDB (the tier's {@link SecondInstance}, killed here).
 */
class KilledServerApiIT {

    private static final int SAVES = 10;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SELECTED_STATUS = Pattern.compile(
            "<select id=\"update:status\".*?<option value=\"(\\w+)\" selected", Pattern.DOTALL);

    @Test
    void everyConfirmedSaveOnTheEmbeddedH2DatabaseSurvivesTheProcessBeingKilled() throws SQLException {
        KilledH2Instance instance = KilledH2Instance.take();
        try {
            List<String> notes = saveAndKill(instance.app, instance.app::kill, "h2");
            try (Connection connection = DriverManager.getConnection(instance.url, "sa", "")) {
                assertAllSaved(connection, notes);
            }
        } finally {
            instance.app.kill();
            TempFiles.delete(instance.folder);
        }
    }

    @Test
    void everyConfirmedSaveOnMariaDbSurvivesTheProcessBeingKilled() throws SQLException {
        // the tier's second instance on MariaDB (DatabaseOutageApiIT's, when that ran first), ended here
        SecondInstance instance = SecondInstance.get();
        List<String> notes = saveAndKill(instance.app, instance::kill, "mariadb");
        try (Connection connection = instance.connect()) {
            assertAllSaved(connection, notes);
        }
    }

    /** Saves ten progress notes on an open action of the instance as the secretariat, kills it; the notes. */
    private static List<String> saveAndKill(AppServer app, Runnable kill, String label) {
        List<String> notes = new ArrayList<>();
        try {
            Map<String, Object> action = list(body(new ApiClient(app).get("/api/v1/actions?status=OPEN&size=1", "secretariat"), 200),
                    "items").get(0);
            String page = "/actions/view.xhtml?id=" + number(action, "id");
            Page session = new Page(app);
            session.signIn("secretariat");
            for (int i = 1; i <= SAVES; i++) {
                String note = "Killed-server check on " + label + ": save " + i + " of " + SAVES;
                HttpResponse<String> form = session.get(page);
                assertEquals(200, form.statusCode(), page);
                Matcher status = SELECTED_STATUS.matcher(form.body());
                assertTrue(status.find(), "the action page has its progress form");
                HttpResponse<String> saved = session.post(page, form.body(), List.of(
                        new String[] {"update", "update"}, new String[] {"update:status", status.group(1)},
                        new String[] {"update:coveredBy", ""}, new String[] {"update:note", note},
                        new String[] {"update:save", "Save"}));
                assertEquals(302, saved.statusCode(), "save " + i + " was not confirmed: " + saved.body());
                notes.add(note);
            }
        } finally {
            kill.run();
        }
        return notes;
    }

    private static void assertAllSaved(Connection connection, List<String> notes) throws SQLException {
        List<String> progress = texts(connection, "SELECT note FROM action_progress WHERE note LIKE ? ORDER BY id");
        assertEquals(notes, progress, "progress notes in the database after the kill");
        List<String> audited = texts(connection, "SELECT summary FROM audit_entry WHERE summary LIKE ? ORDER BY id");
        assertEquals(notes.size(), audited.size(), "audit rows in the database after the kill: " + audited);
        for (int i = 0; i < notes.size(); i++) {
            assertTrue(audited.get(i).endsWith(notes.get(i)), audited.get(i));
        }
    }

    private static List<String> texts(Connection connection, String query) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, "%Killed-server check%");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
            }
        }
        return texts;
    }

    /** A browser-like session on the pages: its own cookies, form posts with the page's view state. */
    private static final class Page {

        private final AppServer app;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

        Page(AppServer app) {
            this.app = app;
        }

        void signIn(String username) {
            HttpResponse<String> signedIn = post("/login.xhtml", get("/login.xhtml").body(), List.of(
                    new String[] {"login", "login"}, new String[] {"login:continue", ""},
                    new String[] {"login:username", username}, new String[] {"login:password", AppServer.DEMO_PASSWORD},
                    new String[] {"login:submit", "Sign in"}));
            assertEquals(302, signedIn.statusCode(), "signed in: " + signedIn.body());
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(app.url(path))).GET());
        }

        HttpResponse<String> post(String path, String formPage, List<String[]> fields) {
            Matcher state = VIEW_STATE.matcher(formPage);
            assertTrue(state.find(), "no view state on " + path);
            String body = Stream.concat(fields.stream(), Stream.<String[]>of(new String[] {"jakarta.faces.ViewState", state.group(1)}))
                    .map(f -> encode(f[0]) + "=" + encode(f[1])).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(app.url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
