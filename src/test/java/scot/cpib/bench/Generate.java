package scot.cpib.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import scot.cpib.security.application.PasswordHashing;

/**
 * Fills a MariaDB database with a deterministic, realistic record at a chosen scale, through the
 * schema Flyway makes from {@code sql/migration} (issue 13 point 1). See docs/performance.md for
 * the scale model. Board 1 is the large board the app serves and the benchmark signs in to.
 *
 * <p>Usage: {@code Generate --scale small|national [--url jdbc:mysql://127.0.0.1:3306/cpib_bench]
 * [--user root] [--password ""] [--app-user cpib_bench] [--app-password …]}
 */
public final class Generate {

    /** The record ends here: the meetings run up to December 2026 (fixed, so the data is the same on every run). */
    static final LocalDate ANCHOR = LocalDate.of(2026, 12, 1);
    /** The password of every generated account (a benchmark database only). */
    public static final String PASSWORD = "bench-password-2026";
    static final int MEETINGS_PER_YEAR = 6;
    static final int ITEMS_PER_MEETING = 15;
    static final int PEOPLE_PER_BOARD = 75;
    static final int ORGANISATIONS = 600;
    static final int WORKSTREAMS_PER_BOARD = 10;
    static final int PERIODS = 50;
    static final int GROUPS_PER_BOARD = 8;
    static final int CHANNELS_PER_BOARD = 5;
    static final int MESSAGES_PER_BOARD = 5;
    /** Actions agreed per meeting: the large board (board 1) and every other board. */
    static final int LARGE_BOARD_ACTIONS_PER_MEETING = 120;
    static final int ACTIONS_PER_MEETING = 40;
    /** The person of the benchmark's secretariat account owns every 24th action of board 1 (300 at national scale). */
    static final int MINE_EVERY = 24;
    static final int AUDIT_PER_ACTION = 5;
    static final int ENGAGEMENTS_PER_BOARD_YEAR = 125;
    static final int PACKS_PER_BOARD = 50;
    /** Papers of the planned meeting of board 1: 20 uploads of 5 pages (the 100-page pack). */
    static final int PACK_PAPERS = 20;
    static final int PAGES_PER_PAPER = 5;

    private final int boards;
    private final int years;
    private final SplittableRandom random = new SplittableRandom(13);
    private final Map<String, Long> counts = new LinkedHashMap<>();

    private long nextPerson = 1;
    private long nextMeeting = 1;
    private long nextItem = 1;
    private long nextAction = 1;
    private long nextNote = 1;
    private long nextAudit = 1;

    Generate(int boards, int years) {
        this.boards = boards;
        this.years = years;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String scale = options.getOrDefault("scale", "small");
        String url = options.getOrDefault("url", "jdbc:mysql://127.0.0.1:3306/cpib_bench");
        String user = options.getOrDefault("user", "root");
        String password = options.getOrDefault("password", "");
        Generate generate = switch (scale) {
            case "national" -> new Generate(40, 10);
            case "small" -> new Generate(1, 3);
            default -> throw new IllegalArgumentException("--scale small|national, not " + scale);
        };
        long start = System.nanoTime();
        String database = url.replaceFirst("^jdbc:mysql://[^/]+/", "").replaceFirst("\\?.*$", "");
        String server = url.substring(0, url.indexOf('/', "jdbc:mysql://".length()) + 1);
        try (Connection admin = DriverManager.getConnection(server, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Flyway.configure().dataSource(url, user, password).locations("filesystem:sql/migration").load().migrate();
        long migrated = System.nanoTime();
        String loadUrl = url + (url.contains("?") ? "&" : "?") + "useServerPrepStmts=false&cachePrepStmts=false";
        try (Connection connection = DriverManager.getConnection(loadUrl, user, password)) {
            generate.load(connection);
            generate.analyse(connection);
        }
        long end = System.nanoTime();
        generate.counts.forEach((table, rows) -> System.out.printf("rows %-22s %,d%n", table, rows));
        System.out.printf("scale=%s boards=%d years=%d migrate_s=%.1f load_s=%.1f total_s=%.1f%n", scale, generate.boards,
                generate.years, (migrated - start) / 1e9, (end - migrated) / 1e9, (end - start) / 1e9);
    }

    void load(Connection c) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 0");
            s.execute("SET unique_checks = 0");
            s.execute("SET sql_log_bin = 0");
        }
        c.setAutoCommit(false);
        String hash = new PasswordHashing().hash(PASSWORD);
        organisations(c);
        int meetingsPerBoard = years * MEETINGS_PER_YEAR;
        LocalDate firstMeeting = ANCHOR.minusMonths((long) (meetingsPerBoard - 1) * 12 / MEETINGS_PER_YEAR);
        try (SqlBatch board = batch(c, "board", "id, name, short_name, purpose");
             SqlBatch person = batch(c, "person", "id, full_name, title, initials, job_title, email, organisation_id");
             SqlBatch membership = batch(c, "membership", "board_id, person_id, organisation_id, role, from_date");
             SqlBatch group = batch(c, "owner_group", "id, board_id, name, description");
             SqlBatch groupMember = batch(c, "owner_group_member", "group_id, person_id");
             SqlBatch appUser = batch(c, "app_user", "id, username, password_hash, person_id");
             SqlBatch role = batch(c, "app_user_role", "user_id, role")) {
            long userId = 1;
            for (int b = 1; b <= boards; b++) {
                board.row(b, b == 1 ? "Community Planning Improvement Board" : "Community Planning Partnership " + b,
                        b == 1 ? "CPIB" : "CPP" + b, "Board " + b + " of the benchmark record.");
                group.row(b, b, "Board members", "Every member of the board");
                for (int p = 0; p < PEOPLE_PER_BOARD; p++) {
                    long id = nextPerson++;
                    long organisation = 1 + (id % ORGANISATIONS);
                    person.row(id, SampleData.FIRST[(int) (id % SampleData.FIRST.length)] + " " + SampleData.LAST[(int) ((id / SampleData.FIRST.length) % SampleData.LAST.length)] + " " + id,
                            null, null, "Officer", "person" + id + "@example.org", organisation);
                    String r = p == 0 ? "CHAIR" : p == 1 ? "SECRETARIAT" : p < 40 ? "MEMBER" : "OBSERVER";
                    membership.row(b, id, organisation, r, firstMeeting.minusMonths(1));
                    if (p < 20) {
                        groupMember.row(b, id);
                    }
                }
            }
            // Board 1's accounts: admin (the chair), secretariat (owns every 24th action), lead, member.
            String[][] accounts = {{"admin", "ADMIN"}, {"secretariat", "SECRETARIAT"}, {"lead", "LEAD"}, {"member", "MEMBER"}};
            for (int i = 0; i < accounts.length; i++) {
                appUser.row(userId, accounts[i][0], hash, (long) i + 1);
                role.row(userId, accounts[i][1]);
                if (i == 1) {
                    role.row(userId, "LEAD");
                }
                userId++;
            }
            counts.put("board", (long) boards);
            counts.put("person", person.rows());
            counts.put("membership", membership.rows());
            counts.put("app_user", appUser.rows());
        }
        c.commit();
        meetingsAndActions(c, meetingsPerBoard, firstMeeting);
        c.commit();
        workProgramme(c, meetingsPerBoard, firstMeeting);
        c.commit();
        engagement(c, firstMeeting);
        c.commit();
        packs(c, meetingsPerBoard);
        c.commit();
        audit(c);
        c.commit();
        try (Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 1");
            s.execute("SET unique_checks = 1");
        }
    }

    private void organisations(Connection c) throws SQLException {
        try (SqlBatch organisation = batch(c, "organisation", "id, name, short_name, website")) {
            for (int o = 1; o <= ORGANISATIONS; o++) {
                organisation.row(o, SampleData.ORG_KIND[o % SampleData.ORG_KIND.length] + " " + o, "ORG" + o, "https://org" + o + ".example.org");
            }
            counts.put("organisation", organisation.rows());
        }
    }

    private void meetingsAndActions(Connection c, int meetingsPerBoard, LocalDate firstMeeting) throws SQLException, IOException {
        try (SqlBatch meeting = batch(c, "meeting", "id, board_id, number, meeting_date, start_time, end_time, venue_name,"
                + " status, previous_meeting_id, minute_approved_on, minute_approved_by, agenda_issued_at, published_at");
             SqlBatch item = batch(c, "agenda_item", "id, meeting_id, position, title, purpose, presenter_id, standing_kind");
             SqlBatch minute = batch(c, "minute_entry", "agenda_item_id, narrative, decisions, updated_at, updated_by");
             SqlBatch attendance = batch(c, "attendance", "meeting_id, person_id, organisation_id, kind, chair");
             SqlBatch action = batch(c, "agreed_action", "id, board_id, meeting_id, agenda_item_id, number, reference, description,"
                     + " due_date, due_precision, status, created_at, completed_on");
             SqlBatch owner = batch(c, "action_owner", "action_id, position, person_id, organisation_id, group_id");
             SqlBatch note = batch(c, "action_progress", "id, action_id, recorded_on, recorded_at, author, note, meeting_id");
             SqlBatch paper = batch(c, "paper", "id, agenda_item_id, title, file_name, content_type, size_bytes, uploaded_at, uploaded_by");
             SqlBatch paperContent = batch(c, "paper_content", "paper_id, data")) {
            byte[] paperPdf = SampleData.pdf(PAGES_PER_PAPER, "Paper");
            long paperId = 1;
            boolean tenNotesGiven = false;
            for (int b = 1; b <= boards; b++) {
                long firstPerson = (long) (b - 1) * PEOPLE_PER_BOARD + 1;
                int perMeeting = b == 1 ? LARGE_BOARD_ACTIONS_PER_MEETING : ACTIONS_PER_MEETING;
                int boardAction = 0;
                long previous = 0;
                for (int n = 1; n <= meetingsPerBoard; n++) {
                    long meetingId = nextMeeting++;
                    LocalDate date = firstMeeting.plusMonths((long) (n - 1) * 12 / MEETINGS_PER_YEAR).withDayOfMonth(1 + (b % 20));
                    boolean planned = n == meetingsPerBoard;
                    boolean drafted = n == meetingsPerBoard - 1;
                    String status = planned ? "AGENDA_ISSUED" : drafted ? "MINUTE_DRAFTED" : "PUBLISHED";
                    LocalDate approvedOn = planned || drafted ? null : date.plusMonths(2);
                    meeting.row(meetingId, b, n, date, LocalTime.of(14, 0), LocalTime.of(16, 0), "Venue " + (n % 7 + 1),
                            status, previous == 0 ? null : previous, approvedOn, approvedOn == null ? null : "The Board",
                            date.minusDays(7).atTime(9, 0), planned || drafted ? null : date.plusMonths(2).atTime(9, 0));
                    previous = meetingId;
                    for (int p = 0; p < 12; p++) {
                        long person = firstPerson + p;
                        attendance.row(meetingId, person, 1 + (person % ORGANISATIONS), p % 6 == 5 ? "APOLOGIES" : "PRESENT", p == 0);
                    }
                    long[] substantive = new long[ITEMS_PER_MEETING - 4];
                    for (int position = 1; position <= ITEMS_PER_MEETING; position++) {
                        long itemId = nextItem++;
                        String standing = position == 1 ? "WELCOME" : position == 2 ? "MINUTE_AND_MATTERS_ARISING"
                                : position == ITEMS_PER_MEETING - 1 ? "AOB" : position == ITEMS_PER_MEETING ? "CLOSE" : null;
                        String title = standing == null ? SampleData.TOPIC[(int) ((itemId * 7) % SampleData.TOPIC.length)] + " (" + n + "." + position + ")"
                                : SampleData.STANDING_TITLE.get(standing);
                        item.row(itemId, meetingId, position, title, standing == null ? SampleData.PURPOSE[position % 3] : null,
                                standing == null ? firstPerson + (position % 12) : null, standing);
                        if (standing == null) {
                            substantive[position - 3] = itemId;
                        }
                        if (!planned) {
                            minute.row(itemId, SampleData.narrative(itemId), standing == null ? "The Board agreed the recommendations." : null,
                                    date.plusDays(3).atTime(10, 0), "secretariat");
                        }
                        for (int k = 0; k < 2 && planned && standing == null && paperId <= PACK_PAPERS && b == 1; k++) {
                            paper.row(paperId, itemId, "Paper " + (k + 1) + " for item " + position, "paper-" + paperId + ".pdf",
                                    "application/pdf", (long) paperPdf.length, date.minusDays(10).atTime(9, 0), "secretariat");
                            paperContent.row(paperId, new SampleData.Hex(paperPdf));
                            paperId++;
                        }
                    }
                    if (planned) {
                        continue;
                    }
                    int[] perItem = new int[substantive.length];
                    for (int a = 0; a < perMeeting; a++) {
                        int slot = a % substantive.length;
                        int number = ++perItem[slot];
                        long actionId = nextAction++;
                        boardAction++;
                        int h = random.nextInt(6);
                        String actionStatus;
                        LocalDate due;
                        LocalDate completed = null;
                        if (h < 2) {
                            actionStatus = h == 0 ? "OPEN" : "IN_PROGRESS";
                            boolean overdue = random.nextBoolean();
                            due = overdue ? minDate(date.plusMonths(1 + random.nextInt(4)), ANCHOR.minusDays(20 + random.nextInt(60)))
                                    : ANCHOR.plusMonths(2 + random.nextInt(10)).withDayOfMonth(1 + random.nextInt(28));
                        } else {
                            actionStatus = h == 5 && random.nextInt(4) == 0 ? "SUPERSEDED" : "COMPLETE";
                            due = date.plusMonths(1 + random.nextInt(6)).withDayOfMonth(1 + random.nextInt(28));
                            completed = actionStatus.equals("COMPLETE") ? minDate(due.plusDays(random.nextInt(40) - 20), ANCHOR.minusDays(1)) : null;
                        }
                        String precision = random.nextInt(5) == 0 ? "MONTH" : "DAY";
                        if (precision.equals("MONTH")) {
                            due = due.withDayOfMonth(1);
                        }
                        int itemPosition = slot + 3;
                        action.row(actionId, b, meetingId, substantive[slot], number, n + "/" + itemPosition + "/" + number,
                                SampleData.ACTION_TEXT[(int) (actionId % SampleData.ACTION_TEXT.length)] + " (action " + actionId + ")",
                                due, precision, actionStatus, date.atTime(16, 0), completed);
                        long ownerPerson = b == 1 && boardAction % MINE_EVERY == 0 ? 2
                                : firstPerson + 2 + random.nextInt(PEOPLE_PER_BOARD - 2);
                        owner.row(actionId, 1, ownerPerson, null, null);
                        if (random.nextInt(4) == 0) {
                            owner.row(actionId, 2, null, 1 + random.nextInt(ORGANISATIONS), null);
                        }
                        int notes = (int) (actionId % 5);
                        if (b == 1 && !tenNotesGiven && n == meetingsPerBoard - 2) {
                            notes = 10;
                            tenNotesGiven = true;
                        }
                        for (int k = 0; k < notes; k++) {
                            LocalDate on = minDate(date.plusDays(14L * (k + 1)), ANCHOR.minusDays(1));
                            note.row(nextNote++, actionId, on, on.atTime(11, k), "Officer " + ownerPerson,
                                    SampleData.NOTE_TEXT[(int) ((actionId + k) % SampleData.NOTE_TEXT.length)], null);
                        }
                    }
                }
            }
            counts.put("meeting", meeting.rows());
            counts.put("agenda_item", item.rows());
            counts.put("minute_entry", minute.rows());
            counts.put("attendance", attendance.rows());
            counts.put("agreed_action", action.rows());
            counts.put("action_owner", owner.rows());
            counts.put("action_progress", note.rows());
            counts.put("paper", paper.rows());
        }
    }

    private void workProgramme(Connection c, int meetingsPerBoard, LocalDate firstMeeting) throws SQLException {
        try (SqlBatch programme = batch(c, "work_programme", "id, board_id, version_number, title, summary, status, period_start, period_end");
             SqlBatch workstream = batch(c, "workstream", "id, programme_id, number, title, aim, status");
             SqlBatch lead = batch(c, "workstream_lead", "workstream_id, position, person_id");
             SqlBatch activity = batch(c, "activity", "workstream_id, number, description, status, target_date, target_precision");
             SqlBatch period = batch(c, "reporting_period", "id, programme_id, title, starts_on, ends_on, deadline");
             SqlBatch update = batch(c, "progress_update", "workstream_id, period_id, rag, rag_reason, achievements, difference_made,"
                     + " risks_issues, next_steps, submitted_by, submitted_at")) {
            long workstreamId = 1;
            long periodId = 1;
            long days = java.time.temporal.ChronoUnit.DAYS.between(firstMeeting, ANCHOR);
            for (int b = 1; b <= boards; b++) {
                long firstPerson = (long) (b - 1) * PEOPLE_PER_BOARD + 1;
                programme.row(b, b, 1, "Work Programme " + firstMeeting.getYear() + "–" + ANCHOR.getYear(),
                        "The board's programme of work.", "CURRENT", firstMeeting, ANCHOR.plusMonths(6));
                long firstPeriod = periodId;
                for (int p = 0; p < PERIODS; p++) {
                    LocalDate starts = firstMeeting.plusDays(days * p / PERIODS);
                    LocalDate ends = firstMeeting.plusDays(days * (p + 1) / PERIODS - 1);
                    period.row(periodId++, b, "Period " + (p + 1) + " to " + ends, starts, ends, ends.plusDays(14));
                }
                for (int w = 1; w <= WORKSTREAMS_PER_BOARD; w++) {
                    long id = workstreamId++;
                    workstream.row(id, b, w, "Workstream " + w + ": " + SampleData.TOPIC[(w + b) % SampleData.TOPIC.length], SampleData.narrative(id), "ACTIVE");
                    lead.row(id, 1, firstPerson + 2 + w);
                    for (int a = 1; a <= 5; a++) {
                        activity.row(id, a, "Activity " + a + " of workstream " + w, a < 3 ? "COMPLETE" : "IN_PROGRESS",
                                ANCHOR.plusMonths(a), "MONTH");
                    }
                    for (int p = 0; p < PERIODS; p++) {
                        LocalDate submitted = firstMeeting.plusDays(days * (p + 1) / PERIODS);
                        update.row(id, firstPeriod + p, SampleData.RAG[(int) ((id + p) % SampleData.RAG.length)], "On course with minor risks.",
                                SampleData.narrative(id * 31 + p), "Partners report better joint working.", "Capacity in partner bodies.",
                                "Report to the next meeting.", "Officer " + (firstPerson + 2 + w), submitted.atTime(12, 0));
                    }
                }
            }
            counts.put("workstream", workstream.rows());
            counts.put("progress_update", update.rows());
        }
    }

    private void engagement(Connection c, LocalDate firstMeeting) throws SQLException {
        try (SqlBatch strategy = batch(c, "engagement_strategy", "id, board_id, title, summary, period_from, period_to, status");
             SqlBatch message = batch(c, "core_message", "id, strategy_id, number, text");
             SqlBatch group = batch(c, "stakeholder_group", "id, board_id, name, description");
             SqlBatch channel = batch(c, "engagement_channel", "id, board_id, name, description");
             SqlBatch plan = batch(c, "engagement_plan", "strategy_id, group_id, position, channel_text, delivery_lead_text");
             SqlBatch record = batch(c, "engagement_record", "id, board_id, on_date, date_precision, person_id, channel_id, event_name,"
                     + " people_reached, heard, learned, sample_data, recorded_by, recorded_at");
             SqlBatch recordGroup = batch(c, "engagement_record_group", "record_id, group_id");
             SqlBatch recordMessage = batch(c, "engagement_record_message", "record_id, message_id")) {
            long recordId = 1;
            long days = java.time.temporal.ChronoUnit.DAYS.between(firstMeeting, ANCHOR);
            int perBoard = ENGAGEMENTS_PER_BOARD_YEAR * years;
            for (int b = 1; b <= boards; b++) {
                long firstPerson = (long) (b - 1) * PEOPLE_PER_BOARD + 1;
                strategy.row(b, b, "Engagement Strategy", "How the board engages.", firstMeeting, null, "APPROVED");
                for (int m = 1; m <= MESSAGES_PER_BOARD; m++) {
                    message.row((long) (b - 1) * MESSAGES_PER_BOARD + m, b, m, "Core message " + m);
                }
                for (int g = 1; g <= GROUPS_PER_BOARD; g++) {
                    long groupId = (long) (b - 1) * GROUPS_PER_BOARD + g;
                    group.row(groupId, b, SampleData.STAKEHOLDERS[g - 1], "Stakeholders: " + SampleData.STAKEHOLDERS[g - 1]);
                    plan.row(b, groupId, g, "Regular sessions and an annual report.", "Board members");
                }
                for (int ch = 1; ch <= CHANNELS_PER_BOARD; ch++) {
                    channel.row((long) (b - 1) * CHANNELS_PER_BOARD + ch, b, SampleData.CHANNELS[ch - 1], null);
                }
                for (int r = 0; r < perBoard; r++) {
                    long id = recordId++;
                    LocalDate on = firstMeeting.plusDays(days * r / perBoard);
                    record.row(id, b, on, "DAY", firstPerson + random.nextInt(PEOPLE_PER_BOARD),
                            (long) (b - 1) * CHANNELS_PER_BOARD + 1 + random.nextInt(CHANNELS_PER_BOARD), "Session " + id,
                            5 + random.nextInt(60), SampleData.narrative(id), "Partners want earlier sight of papers.", false,
                            "secretariat", on.atTime(17, 0));
                    int g1 = random.nextInt(GROUPS_PER_BOARD);
                    recordGroup.row(id, (long) (b - 1) * GROUPS_PER_BOARD + 1 + g1);
                    if (random.nextBoolean()) {
                        recordGroup.row(id, (long) (b - 1) * GROUPS_PER_BOARD + 1 + (g1 + 1) % GROUPS_PER_BOARD);
                    }
                    recordMessage.row(id, (long) (b - 1) * MESSAGES_PER_BOARD + 1 + random.nextInt(MESSAGES_PER_BOARD));
                }
            }
            counts.put("engagement_record", record.rows());
        }
    }

    private void packs(Connection c, int meetingsPerBoard) throws SQLException, IOException {
        byte[] packPdf = SampleData.pdf(1, "Issued pack");
        try (SqlBatch pack = batch(c, "pack_issue", "id, meeting_id, pack_version, issued_on, issued_at, issued_by, matters_as_at");
             SqlBatch file = batch(c, "pack_file", "pack_issue_id, cleared, page_count, size_bytes, sha256, data");
             ResultSet meetings = c.createStatement().executeQuery(
                     "SELECT id, meeting_date, number FROM meeting WHERE number > " + (meetingsPerBoard - PACKS_PER_BOARD)
                             + " ORDER BY id")) {
            long id = 1;
            String sha = SampleData.sha256(packPdf);
            List<Object[]> rows = new ArrayList<>();
            while (meetings.next()) {
                rows.add(new Object[]{meetings.getLong(1), meetings.getDate(2).toLocalDate()});
            }
            for (Object[] m : rows) {
                LocalDate date = (LocalDate) m[1];
                pack.row(id, m[0], 1, date.minusDays(7), date.minusDays(7).atTime(9, 0), "secretariat", date.minusDays(7));
                file.row(id, true, 1, (long) packPdf.length, sha, new SampleData.Hex(packPdf));
                id++;
            }
            counts.put("pack_issue", pack.rows());
        }
    }

    private void audit(Connection c) throws SQLException {
        long actions = nextAction - 1;
        long rows = actions * AUDIT_PER_ACTION;
        LocalDateTime start = ANCHOR.minusYears(years).atStartOfDay();
        long seconds = java.time.Duration.between(start, ANCHOR.atStartOfDay()).getSeconds();
        try (SqlBatch audit = batch(c, "audit_entry", "id, occurred_at, username, entity_type, entity_id, operation, field,"
                + " old_value, new_value, summary")) {
            for (long i = 0; i < rows; i++) {
                long entity = 1 + (i % actions);
                boolean change = i % 5 != 0;
                audit.row(nextAudit++, start.plusSeconds(seconds * i / rows), "secretariat", "AgreedAction", entity,
                        change ? "update" : "create", change ? "status" : null, change ? "OPEN" : null,
                        change ? "IN_PROGRESS" : null, change ? "Status changed" : "Action created");
            }
            counts.put("audit_entry", audit.rows());
        }
    }

    void analyse(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("agreed_action", "action_owner", "action_progress", "meeting", "agenda_item",
                    "engagement_record", "audit_entry", "progress_update")) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
    }

    private static SqlBatch batch(Connection c, String table, String columns) {
        return new SqlBatch(c, table, columns);
    }

    private static LocalDate minDate(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
