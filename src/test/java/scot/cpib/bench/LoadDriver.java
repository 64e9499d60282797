package scot.cpib.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.cpib.security.domain.ApiToken;

/**
 * Drives load at the running app on loopback (issue 13 point 2): signs in as board 1's secretariat
 * account (one session per client), makes a personal API token for the API and document cases,
 * optionally loads the server with all chosen cases in turn at the highest concurrency first (the
 * pre-warm: a server in service has compiled its hot code; a fresh JVM needs a minute or more of load
 * before its JIT has), runs each case at each concurrency for a fixed time after a short warm-up, and
 * prints one line per case and concurrency. Statements per request are counted by the database for the app's own database
 * user (MariaDB {@code information_schema.USER_STATISTICS}, switched on by bench/run.sh for the run).
 *
 * <p>Options: {@code --base http://127.0.0.1:18165 --db-url jdbc:mysql://127.0.0.1:3306/cpib_bench
 * --db-user root --db-password "" --app-db-user cpib_bench --seconds 10 --warmup 3 --prewarm 0 --concurrency 1,16
 * --cases register_overdue,...}
 */
public final class LoadDriver {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"");

    private final Map<String, String> options;
    private final String base;
    private final int seconds;
    private final int warmup;
    private final int prewarm;
    private String token;
    private final Map<String, Request> cases = new LinkedHashMap<>();

    /** One request of a case: a client (with its session) in, ok or not out. */
    @FunctionalInterface
    interface Request {
        boolean send(Client client) throws IOException, InterruptedException;
    }

    /** One simulated user: one kept-alive connection with its own session cookie. */
    final class Client implements AutoCloseable {
        final HttpLite http = new HttpLite(URI.create(base));

        int get(String path, boolean bearer) throws IOException {
            return http.send("GET", path, bearer ? "Bearer " + token : null, null, false).status();
        }

        boolean signIn() throws IOException {
            return LoadDriver.signIn(http, "secretariat");
        }

        @Override
        public void close() {
            http.close();
        }
    }

    /** Signs in on the connection as the given account of the generated data (its password is {@link Generate#PASSWORD}). */
    static boolean signIn(HttpLite http, String username) throws IOException {
        HttpLite.Response page = http.send("GET", "/login.xhtml", null, null, true);
        Matcher state = VIEW_STATE.matcher(page.text());
        Matcher action = FORM_ACTION.matcher(page.text());
        if (page.status() != 200 || !state.find() || !action.find()) {
            return false;
        }
        String form = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(Generate.PASSWORD)
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + enc(state.group(1).replace("&#58;", ":"));
        HttpLite.Response posted = http.send("POST", action.group(1).replace("&amp;", "&"), null, form, false);
        return posted.status() == 302 && !posted.headers().getOrDefault("location", "").contains("login");
    }

    LoadDriver(Map<String, String> options) {
        this.options = options;
        this.base = options.getOrDefault("base", "http://127.0.0.1:18165");
        this.seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        this.warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
        this.prewarm = Integer.parseInt(options.getOrDefault("prewarm", "0"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new LoadDriver(options).run();
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(options.getOrDefault("db-url", "jdbc:mysql://127.0.0.1:3306/cpib_bench"),
                options.getOrDefault("db-user", "root"), options.getOrDefault("db-password", ""));
    }

    private void run() throws Exception {
        try (Connection db = database()) {
            prepare(db);
        }
        List<Integer> concurrencies = Arrays.stream(options.getOrDefault("concurrency", "1,16").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        List<String> chosen = options.containsKey("cases") ? List.of(options.get("cases").split(",")) : List.copyOf(cases.keySet());
        int most = concurrencies.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            Client client = new Client();
            if (!client.signIn()) {
                throw new IllegalStateException("Could not sign in as secretariat at " + base);
            }
            clients.add(client);
        }
        List<Request> requests = new ArrayList<>();
        for (String name : chosen) {
            Request request = cases.get(name.strip());
            if (request == null) {
                throw new IllegalArgumentException("No case " + name + "; cases: " + cases.keySet());
            }
            requests.add(request);
        }
        if (prewarm > 0) {
            Result warm = drive(clients, inTurn(requests), most, prewarm);
            System.out.printf(Locale.ROOT, "prewarm_s=%d requests=%d errors=%d%n", prewarm, warm.count, warm.errors);
        }
        for (int i = 0; i < chosen.size(); i++) {
            String name = chosen.get(i);
            Request request = requests.get(i);
            drive(clients, request, 1, warmup);
            for (int c : concurrencies) {
                long before = statements();
                Result result = drive(clients, request, c, seconds);
                long after = statements();
                System.out.printf(Locale.ROOT, "case=%s c=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors=%d sql_per_request=%.1f%n",
                        name.strip(), c, result.rps(), result.percentile(50), result.percentile(95), result.percentile(99),
                        result.errors, result.count == 0 ? 0.0 : (after - before) / (double) result.count);
            }
        }
    }

    /** Finds the records the cases use, on board 1, and makes this run's API token. */
    private void prepare(Connection db) throws SQLException {
        long meeting = single(db, "SELECT id FROM meeting WHERE board_id = 1 AND status = 'PUBLISHED' ORDER BY number DESC LIMIT 1");
        long planned = single(db, "SELECT id FROM meeting WHERE board_id = 1 ORDER BY number DESC LIMIT 1");
        long action = single(db, "SELECT p.action_id FROM action_progress p JOIN agreed_action a ON a.id = p.action_id"
                + " WHERE a.board_id = 1 GROUP BY p.action_id HAVING COUNT(*) = 10 ORDER BY p.action_id LIMIT 1");
        long programme = single(db, "SELECT id FROM work_programme WHERE board_id = 1 AND status = 'CURRENT' ORDER BY id LIMIT 1");
        long workstream = single(db, "SELECT id FROM workstream WHERE programme_id = " + programme + " ORDER BY number LIMIT 1");
        long user = single(db, "SELECT id FROM app_user WHERE username = 'secretariat'");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        token = ApiToken.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO api_token (user_id, name, token_hash, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP())")) {
            insert.setLong(1, user);
            insert.setString(2, "benchmark " + System.currentTimeMillis());
            insert.setString(3, ApiToken.hashOf(token));
            insert.executeUpdate();
        }
        String overdue = "status=OPEN&status=IN_PROGRESS&overdue=true&sort=due";
        page("register_overdue", "/actions/index.xhtml?overdue=true&sort=due&dir=asc&size=25");
        page("register_deep_page", "/actions/index.xhtml?page=200");
        page("my_actions", "/actions/mine.xhtml");
        page("action_page", "/actions/view.xhtml?id=" + action);
        page("meeting_page", "/meetings/view.xhtml?id=" + meeting);
        page("minute_page", "/meetings/minute.xhtml?id=" + meeting);
        page("programme_overview", "/work-programme/index.xhtml");
        page("workstream_page", "/work-programme/workstream.xhtml?id=" + workstream);
        page("coverage", "/engagement/coverage.xhtml");
        api("api_actions", "/api/v1/actions?" + overdue);
        api("actions_csv", "/api/v1/actions.csv?status=OPEN&status=IN_PROGRESS");
        api("actions_xlsx", "/api/v1/actions.xlsx?status=OPEN&status=IN_PROGRESS");
        api("progress_pdf", "/api/v1/workprogrammes/" + programme + "/progress-report.pdf");
        api("pack_pdf", "/api/v1/meetings/" + planned + "/pack.pdf");
        cases.put("login", client -> {
            try (Client fresh = new Client()) {
                return fresh.signIn();
            }
        });
    }

    /**
     * The cases one after another, each client going round them in turn from the one after the
     * previous client's start: the pre-warm load, which touches every chosen case's code at once.
     */
    private static Request inTurn(List<Request> requests) {
        AtomicLong next = new AtomicLong();
        return client -> requests.get((int) (next.getAndIncrement() % requests.size())).send(client);
    }

    private void page(String name, String path) {
        cases.put(name, client -> client.get(path, false) == 200);
    }

    private void api(String name, String path) {
        cases.put(name, client -> client.get(path, true) == 200);
    }

    static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("Nothing for " + sql + " - generate the data first (bench/generate.sh)");
            }
            return rs.getLong(1);
        }
    }

    /** Statements the app's database user has sent so far (0 when the server keeps no user statistics). */
    private long statements() {
        return statements(this::database, options.getOrDefault("app-db-user", "cpib_bench"));
    }

    /** A connection to the generated database, as root. */
    @FunctionalInterface
    interface Database {
        Connection open() throws SQLException;
    }

    static long statements(Database database, String user) {
        try (Connection db = database.open(); PreparedStatement s = db.prepareStatement(
                "SELECT SELECT_COMMANDS + UPDATE_COMMANDS + OTHER_COMMANDS FROM information_schema.USER_STATISTICS WHERE USER = ?")) {
            s.setString(1, user);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    record Result(long count, long errors, long[] nanos, double elapsedSeconds) {
        double rps() {
            return count / elapsedSeconds;
        }

        double percentile(int p) {
            if (nanos.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }
    }

    private Result drive(List<Client> clients, Request request, int concurrency, int durationSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + durationSeconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[concurrency];
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            long[] samples = new long[1 << 16];
            perThread.add(samples);
            Client client = clients.get(t % clients.size());
            int index = t;
            Thread thread = new Thread(() -> {
                long[] own = samples;
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = request.send(client);
                    } catch (IOException | RuntimeException e) {
                        ok = false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long took = System.nanoTime() - t0;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    if (n == own.length) {
                        own = Arrays.copyOf(own, own.length * 2);
                        perThread.set(index, own);
                    }
                    own[n++] = took;
                    counts[index] = n;
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long total = 0;
        for (int n : counts) {
            total += n;
        }
        long[] all = new long[(int) total];
        int at = 0;
        for (int t = 0; t < concurrency; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Result(total, errors.get(), all, elapsed);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
