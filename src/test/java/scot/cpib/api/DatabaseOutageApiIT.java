package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.api.ApiJson.body;
import static scot.cpib.api.ApiJson.error;
import static scot.cpib.api.ApiJson.list;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/**
 * A second app instance on MariaDB, reached through a TCP proxy in this JVM: while the proxy is cut
 * the pages answer the friendly "unavailable" page (503), the API a 503 JSON error and
 * /health/ready DOWN; once it is restored everything works again within 60 seconds, no restart.
 */
class DatabaseOutageApiIT {

    /** The page listing the meetings (the home page in this branch). */
    static final String MEETINGS_PAGE = "/";
    static final Duration RECOVERY = Duration.ofSeconds(60);

    private static final String MARIADB_HOST = "127.0.0.1";
    private static final int MARIADB_PORT = 3306;

    private static String database;
    private static TcpProxy proxy;
    private static AppServer app;
    private static ApiClient api;

    @BeforeAll
    static void startInstanceBehindProxy() throws Exception {
        database = System.getProperty("cpib.it.mariadb.database", "cpib_it") + "_outage";
        recreateDatabase();
        proxy = new TcpProxy(MARIADB_HOST, MARIADB_PORT).start();
        String url = "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + database
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&allowPublicKeyRetrieval=true"
                + "&useSSL=false&connectTimeout=5000";
        app = AppServer.startSeparate(freePort(), Map.of(
                "CPIB_DB_URL", url,
                "CPIB_DB_USER", System.getProperty("cpib.it.mariadb.user", "root"),
                "CPIB_DB_PASSWORD", System.getProperty("cpib.it.mariadb.password", "")));
        api = new ApiClient(app);
    }

    @AfterAll
    static void stopInstance() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    void pagesAndApiSurviveTheDatabaseGoingAwayAndComingBack() throws IOException {
        assertWorking();

        proxy.cut();

        HttpResponse<String> page = api.get(MEETINGS_PAGE);
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
        error(api.get("/api/v1/actions", "member"), 503);

        proxy.restore();

        awaitWithin(RECOVERY, () -> api.get(MEETINGS_PAGE).statusCode() == 200
                && api.get("/api/v1/meetings").statusCode() == 200
                && api.get("/health/ready").statusCode() == 200);
        assertWorking();
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
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Not working again within " + limit + " of the database coming back");
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + MARIADB_HOST + ":" + MARIADB_PORT
                        + "/?allowPublicKeyRetrieval=true&useSSL=false",
                System.getProperty("cpib.it.mariadb.user", "root"), System.getProperty("cpib.it.mariadb.password", ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
