package scot.cpib.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 13's "no page issuing more than about 10 SQL statements" for every page, not only the load
 * cases: requests each page of the app once to warm it, then a few times more one after another, as
 * board 1's secretariat (every page), its lead and member accounts (the pages of their roles) and a
 * visitor not signed in (the public pages), and prints one line a page with its status, size, median
 * time and the SQL statements one request sent (counted by the database for the app's own user, as
 * {@link LoadDriver} does). The last line counts the pages above the bound. bench/run.sh --pages runs it.
 *
 * <p>Options: {@code --base http://127.0.0.1:18165 --db-url jdbc:mysql://127.0.0.1:3306/cpib_bench
 * --db-user root --db-password "" --app-db-user cpib_bench --repeat 3 --only /work-programme/ --save /tmp/pages}
 * ({@code --only}: the pages whose path contains it, CPIB_BENCH_PAGES_ONLY in bench/run.sh; {@code --save}: a folder
 * to write each page's HTML to, for comparing it before and after a change, CPIB_BENCH_PAGES_SAVE)
 */
public final class PageSweep {

    /** The bound: no page issuing more than about 10 statements. */
    static final int BOUND = 10;

    private final Map<String, String> options;
    private final String base;
    private final int repeat;

    PageSweep(Map<String, String> options) {
        this.options = options;
        this.base = options.getOrDefault("base", "http://127.0.0.1:18165");
        this.repeat = Integer.parseInt(options.getOrDefault("repeat", "3"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new PageSweep(options).run();
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(options.getOrDefault("db-url", "jdbc:mysql://127.0.0.1:3306/cpib_bench"),
                options.getOrDefault("db-user", "root"), options.getOrDefault("db-password", ""));
    }

    private void run() throws Exception {
        Map<String, List<String>> pages;
        try (Connection db = database()) {
            pages = pages(db);
        }
        int total = 0;
        List<String> over = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : pages.entrySet()) {
            String user = entry.getKey();
            try (HttpLite http = new HttpLite(URI.create(base))) {
                if (!user.equals("public") && !LoadDriver.signIn(http, user)) {
                    throw new IllegalStateException("Could not sign in as " + user + " at " + base);
                }
                for (String path : entry.getValue()) {
                    if (!path.contains(options.getOrDefault("only", ""))) {
                        continue;
                    }
                    Measure m = measure(http, path);
                    if (options.containsKey("save")) {
                        Path file = Path.of(options.get("save"), (user + path).replaceAll("[^A-Za-z0-9.=-]", "_"));
                        Files.createDirectories(file.getParent());
                        Files.write(file, m.body);
                    }
                    total++;
                    if (m.statements > BOUND) {
                        over.add(user + ":" + path);
                    }
                    System.out.printf(Locale.ROOT, "page=%s user=%s status=%d kb=%.0f ms=%.1f sql=%d%n",
                            path, user, m.status, m.bytes / 1024.0, m.millis, m.statements);
                }
            }
        }
        System.out.printf(Locale.ROOT, "pages=%d over_%d_sql=%d%s%n", total, BOUND, over.size(),
                over.isEmpty() ? "" : " (" + String.join(" ", over) + ")");
    }

    private record Measure(int status, int bytes, double millis, long statements, byte[] body) {
    }

    private Measure measure(HttpLite http, String path) throws IOException {
        http.send("GET", path, null, null, false);
        long before = statements();
        HttpLite.Response first = http.send("GET", path, null, null, true);
        long counted = statements() - before;
        double[] millis = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            http.send("GET", path, null, null, false);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return new Measure(first.status(), first.body().length, millis[repeat / 2], counted, first.body());
    }

    private long statements() {
        return LoadDriver.statements(this::database, options.getOrDefault("app-db-user", "cpib_bench"));
    }

    /** Each account's pages, with the records of board 1 that their parameters name. */
    private static Map<String, List<String>> pages(Connection db) throws SQLException {
        long published = LoadDriver.single(db, "SELECT id FROM meeting WHERE board_id = 1 AND status = 'PUBLISHED' ORDER BY number DESC LIMIT 1");
        long planned = LoadDriver.single(db, "SELECT id FROM meeting WHERE board_id = 1 ORDER BY number DESC LIMIT 1");
        long programme = LoadDriver.single(db, "SELECT id FROM work_programme WHERE board_id = 1 AND status = 'CURRENT' ORDER BY id LIMIT 1");
        long workstream = LoadDriver.single(db, "SELECT id FROM workstream WHERE programme_id = " + programme + " ORDER BY number LIMIT 1");
        long action = LoadDriver.single(db, "SELECT p.action_id FROM action_progress p JOIN agreed_action a ON a.id = p.action_id"
                + " WHERE a.board_id = 1 GROUP BY p.action_id HAVING COUNT(*) = 10 ORDER BY p.action_id LIMIT 1");
        long person = LoadDriver.single(db, "SELECT person_id FROM membership WHERE board_id = 1 ORDER BY id LIMIT 1");
        long organisation = LoadDriver.single(db, "SELECT organisation_id FROM membership WHERE board_id = 1 ORDER BY id LIMIT 1");
        long record = LoadDriver.single(db, "SELECT id FROM engagement_record WHERE board_id = 1 ORDER BY id DESC LIMIT 1");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("secretariat", List.of("/index.xhtml", "/account.xhtml",
                "/actions/index.xhtml", "/actions/index.xhtml?overdue=true&sort=due&dir=asc&size=25", "/actions/mine.xhtml",
                "/actions/view.xhtml?id=" + action,
                "/meetings/index.xhtml", "/meetings/view.xhtml?id=" + published, "/meetings/minute.xhtml?id=" + published,
                "/meetings/minute-edit.xhtml?id=" + published, "/meetings/minute-review.xhtml?id=" + published,
                "/meetings/attendance.xhtml?id=" + published, "/meetings/declarations.xhtml?id=" + published,
                "/meetings/edit.xhtml?id=" + planned, "/meetings/agenda.xhtml?id=" + planned,
                "/meetings/matters-arising.xhtml?id=" + planned,
                "/work-programme/index.xhtml", "/work-programme/workstream.xhtml?id=" + workstream, "/work-programme/my.xhtml",
                "/work-programme/period.xhtml", "/work-programme/outcomes.xhtml", "/work-programme/resources.xhtml",
                "/engagement/strategy.xhtml", "/engagement/coverage.xhtml", "/engagement/log.xhtml", "/engagement/schedule.xhtml",
                "/engagement/record.xhtml", "/engagement/view.xhtml?id=" + record,
                "/reports/index.xhtml", "/annual-report/index.xhtml",
                "/admin/audit.xhtml", "/admin/mail.xhtml", "/admin/board.xhtml", "/admin/groups.xhtml", "/admin/people.xhtml",
                "/admin/person.xhtml?id=" + person, "/admin/organisations.xhtml", "/admin/organisation.xhtml?id=" + organisation,
                "/admin/reminders.xhtml", "/admin/sign-in.xhtml"));
        pages.put("lead", List.of("/index.xhtml", "/work-programme/my.xhtml", "/actions/mine.xhtml"));
        pages.put("member", List.of("/index.xhtml", "/actions/mine.xhtml", "/meetings/index.xhtml"));
        pages.put("public", List.of("/index.xhtml", "/meetings/index.xhtml", "/meetings/minute.xhtml?id=" + published,
                "/annual-report/index.xhtml"));
        return pages;
    }
}
