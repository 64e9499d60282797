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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/**
 * Bad input never answers 500: every page (webapp/**.xhtml) and every REST route is asked with
 * malformed ids, huge and negative numbers, empty and over-long values by a signed-in secretariat
 * user. Ids that cannot exist are the 404 page; bad API parameters a 400. Parallel loads of one page
 * in one session (several tabs), and a burst of a thousand on the register, all answer 200. An
 * upload over 20 MB gets its message at the file field, the file named without bidi controls.
 */
class BadInputApiIT {

    private static final List<String> BAD_VALUES = List.of("abc", "", "-1", "2147483647", "99999999999999999999",
            "x".repeat(1000));

    /** Pages whose id is required: a malformed, empty or unknown one is the 404 page. */
    private static final Map<String, String> REQUIRED_IDS = Map.ofEntries(
            Map.entry("/meetings/view.xhtml", "id"), Map.entry("/meetings/agenda.xhtml", "id"),
            Map.entry("/meetings/attendance.xhtml", "id"), Map.entry("/meetings/minute.xhtml", "id"),
            Map.entry("/meetings/minute-edit.xhtml", "id"), Map.entry("/meetings/matters-arising.xhtml", "id"),
            Map.entry("/meetings/pack.xhtml", "meeting"), Map.entry("/actions/view.xhtml", "id"),
            Map.entry("/engagement/view.xhtml", "id"), Map.entry("/engagement/plan.xhtml", "group"),
            Map.entry("/engagement/message.xhtml", "number"), Map.entry("/engagement/paper.xhtml", "item"),
            Map.entry("/work-programme/workstream.xhtml", "id"), Map.entry("/reports/view.xhtml", "id"),
            Map.entry("/reports/section.xhtml", "id"), Map.entry("/meetings/reply.xhtml", "id"),
            Map.entry("/meetings/declarations.xhtml", "id"), Map.entry("/meetings/minute-review.xhtml", "id"),
            Map.entry("/reports/comments.xhtml", "id"),
            Map.entry("/reports/dashboard.xhtml", "id"), Map.entry("/annual-report/view.xhtml", "id"),
            Map.entry("/reports/disseminate.xhtml", "id"), Map.entry("/reports/compare.xhtml", "id"));

    /** REST routes with a path id ({id}), and the query parameters of the routes that take them. */
    private static final List<String> ID_ROUTES = List.of("/api/v1/meetings/{id}", "/api/v1/meetings/{id}.ics",
            "/api/v1/meetings/{id}/pack.pdf", "/api/v1/meetings/{id}/minute.pdf", "/api/v1/meetings/{id}/minute.docx",
            "/api/v1/meetings/{id}/matters-arising.pdf", "/api/v1/meetings/{id}/packs/{id}.pdf",
            "/api/v1/meetings/1/packs/{id}.pdf", "/api/v1/papers/{id}", "/api/v1/actions/{id}",
            "/api/v1/workprogrammes/{id}", "/api/v1/workprogrammes/{id}/progress-report.pdf",
            "/api/v1/workprogrammes/{id}/progress-report.xlsx", "/api/v1/workstreams/{id}",
            "/api/v1/annual-reports/{id}", "/api/v1/annual-reports/{id}/report.pdf", "/api/v1/annual-reports/{id}/report.docx");
    private static final Map<String, List<String>> QUERY_ROUTES = Map.of(
            "/api/v1/actions", List.of("page", "size", "status", "owner", "overdue", "meeting", "dueFrom", "dueTo", "q",
                    "sort", "order"),
            "/api/v1/actions.csv", List.of("meeting", "dueFrom", "owner", "q"),
            "/api/v1/actions.xlsx", List.of("status", "dueTo"),
            "/api/v1/meetings", List.of("page", "size"),
            "/api/v1/resources", List.of("q", "workstream", "kind"),
            "/api/v1/engagement/records", List.of("from", "to", "group", "message"),
            "/api/v1/workprogrammes/1/progress-report.pdf", List.of("period"));

    private static ApiClient api;
    private static HttpClient session;
    private static CookieManager cookies;

    @BeforeAll
    static void signIn() {
        api = new ApiClient(AppServer.get());
        cookies = new CookieManager();
        session = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // the sign-in page keeps no session; the outcomes overview (a public view-scoped page) does, so a
        // visitor can hold a session id before signing in, which signing in must replace
        get("/work-programme/outcomes.xhtml");
        String before = sessionId();
        assertTrue(before != null, "the public outcomes overview gives a visitor a session");
        HttpResponse<String> form = get("/login.xhtml");
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(state.find(), "no view state on the login page");
        String fields = Stream.of(new String[][] {{"login", "login"}, {"login:continue", ""},
                        {"login:username", "secretariat"}, {"login:password", AppServer.DEMO_PASSWORD},
                        {"login:submit", "Sign in"}, {"jakarta.faces.ViewState", state.group(1)}})
                .map(f -> encode(f[0]) + "=" + encode(f[1])).collect(Collectors.joining("&"));
        send(HttpRequest.newBuilder(URI.create(AppServer.get().url("/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
        assertEquals(200, get("/admin/audit.xhtml").statusCode(), "the secretariat user is not signed in");
        assertTrue(before != null && !before.equals(sessionId()), "signing in gives the session a new id");
    }

    private static String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void noPageAnswersMalformedHugeEmptyOrOverlongParametersWithAServerError() throws IOException {
        List<String> addresses = new ArrayList<>();
        for (Map.Entry<String, Set<String>> page : pagesAndParameters().entrySet()) {
            for (String parameter : page.getValue()) {
                for (String value : BAD_VALUES) {
                    addresses.add(page.getKey() + "?" + parameter + "=" + encode(value));
                }
            }
        }
        // as many at once as there are cores (one session, as from several tabs), so that all of them work
        List<String> failures = addresses.parallelStream()
                .map(address -> Map.entry(address, get(address).statusCode()))
                .filter(answer -> answer.getValue() >= 500)
                .map(answer -> answer.getValue() + " " + abbreviate(answer.getKey()))
                .toList();
        assertTrue(failures.isEmpty(), "server errors:\n" + String.join("\n", failures));
    }

    @Test
    void aMalformedEmptyOrUnknownRequiredIdIsTheNotFoundPage() {
        List<String> failures = new ArrayList<>();
        REQUIRED_IDS.forEach((page, parameter) -> {
            for (String value : List.of("abc", "", "987654321", "-1", "99999999999999999999")) {
                String address = page + "?" + parameter + "=" + encode(value);
                int status = get(address).statusCode();
                if (status != 404) {
                    failures.add(status + " " + address);
                }
            }
        });
        assertTrue(failures.isEmpty(), "not 404:\n" + String.join("\n", failures));
    }

    @Test
    void noRestRouteAnswersMalformedIdsOrParametersWithAServerError() {
        List<String> failures = new ArrayList<>();
        for (String route : ID_ROUTES) {
            for (String value : BAD_VALUES) {
                if (value.isEmpty()) {
                    continue;
                }
                String path = route.replace("{id}", encode(value));
                int status = api.get(path, "secretariat").statusCode();
                if (status >= 500 || status == 200) {
                    failures.add(status + " " + abbreviate(path));
                }
            }
        }
        QUERY_ROUTES.forEach((route, parameters) -> {
            for (String parameter : parameters) {
                for (String value : BAD_VALUES) {
                    String path = route + "?" + parameter + "=" + encode(value);
                    int status = api.get(path, "secretariat").statusCode();
                    if (status >= 500) {
                        failures.add(status + " " + abbreviate(path));
                    }
                }
            }
        });
        assertTrue(failures.isEmpty(), "server errors or answers for ids that cannot exist:\n" + String.join("\n", failures));
    }

    @Test
    void aHugePageNumberIsA400NamingThePageOnTheApiAndTheLastPageOnThePages() {
        for (String route : List.of("/api/v1/actions?page=2147483647", "/api/v1/meetings?page=2147483647")) {
            HttpResponse<String> response = api.get(route, "secretariat");
            assertEquals(400, response.statusCode(), route + ": " + response.body());
            assertTrue(response.body().contains("page"), response.body());
        }
        for (String page : List.of("/actions/index.xhtml?page=2147483647", "/admin/audit.xhtml?page=2147483647",
                "/actions/index.xhtml?page=-5", "/admin/audit.xhtml?page=abc")) {
            assertEquals(200, get(page).statusCode(), page);
        }
    }

    @Test
    void sixteenParallelLoadsOfOneActionPageAndOfTheRegisterInOneSessionAllAnswer200() throws Exception {
        Map<String, Object> first = list(body(api.get("/api/v1/actions?size=1", "member"), 200), "items").get(0);
        String actionPage = "/actions/view.xhtml?id=" + number(first, "id");
        for (String page : List.of(actionPage, "/actions/index.xhtml")) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                for (int round = 0; round < 3; round++) {
                    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        answers.add(pool.submit(() -> get(page)));
                    }
                    for (Future<HttpResponse<String>> answer : answers) {
                        HttpResponse<String> response = answer.get();
                        assertEquals(200, response.statusCode(), page + " answered " + response.statusCode());
                        assertTrue(response.body().contains("<h1"), page);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aBurstOfAThousandRequestsInOneSignedInSessionIsAllAnswered200() throws Exception {
        int requests = 1000;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> get("/actions/index.xhtml").statusCode()));
            }
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                byStatus.merge(answer.get(), 1, Integer::sum);
            }
            assertEquals(Map.of(200, requests), byStatus, "answers by status of " + requests + " register loads");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUploadOver20MbGetsTheMessageAtTheFileFieldNamingTheFileWithoutControlCharacters() {
        String agenda = "/meetings/agenda.xhtml?id=" + MeetingsApiIT.meetingId(api, 16);
        HttpResponse<String> page = get(agenda);
        assertEquals(200, page.statusCode(), agenda);
        HttpResponse<String> over20 = send(multipart(agenda, page.body(), "minutes\u202Efdp.exe\u2066.pdf",
                20 * 1024 * 1024 + 1024 * 1024).header("Referer", AppServer.get().url(agenda)));
        assertEquals(200, over20.statusCode());
        assertEquals("\u201cminutesfdp.exe.pdf\u201d is larger than 20 MB: upload a smaller file", fileError(over20.body()));
    }

    @Test
    void anUploadOverTheContainersLimitGetsTheSameMessageAtTheFileFieldWithoutABrokenConnection() {
        String agenda = "/meetings/agenda.xhtml?id=" + MeetingsApiIT.meetingId(api, 16);
        HttpResponse<String> page = get(agenda);
        assertEquals(200, page.statusCode(), agenda);
        // 60 MB: more than the container takes (55 MB), so the page never sees it
        // over HTTP/1.1, as a browser sends a form to a plain-HTTP server (no HTTP/2 without TLS)
        HttpClient browserLike = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> over60;
        try {
            over60 = browserLike.send(multipart(agenda, page.body(), "board\u202Epaper.pdf", 60 * 1024 * 1024)
                    .header("Referer", AppServer.get().url(agenda)).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("the connection broke instead of an answer", e);
        }
        assertEquals(303, over60.statusCode(), "sent back to the agenda page, the body read through");
        assertTrue(over60.headers().firstValue("Connection").filter("close"::equalsIgnoreCase).isEmpty(),
                "the connection is kept: the browser reads the answer");
        String location = over60.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(agenda), location);
        HttpResponse<String> back = get(agenda);
        assertEquals(200, back.statusCode());
        assertEquals("\u201cboardpaper.pdf\u201d is larger than 20 MB: upload a smaller file", fileError(back.body()));
        assertTrue(get(agenda).body().indexOf("id=\"paper:fileError\"") < 0
                || fileError(get(agenda).body()).isEmpty(), "the message is shown once, not on every later visit");
    }

    /** The paper form of the agenda page, posted with a PDF-looking file of that many bytes. */
    private static HttpRequest.Builder multipart(String agenda, String pageHtml, String fileName, int size) {
        Matcher state = Pattern.compile("id=\"paper\".*?name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"",
                Pattern.DOTALL).matcher(pageHtml);
        assertTrue(state.find(), "the agenda page has the paper form");
        Matcher item = Pattern.compile("name=\"paper:paperItem\"[^>]*>\\s*<option value=\"(\\d+)\"").matcher(pageHtml);
        assertTrue(item.find(), "the paper form lists the agenda items");
        String boundary = "cpib-bad-input-" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        for (String[] field : new String[][] {{"paper", "paper"}, {"paper:paperItem", item.group(1)},
                {"paper:paperTitle", ""}, {"paper:upload", "Upload paper"}, {"jakarta.faces.ViewState", state.group(1)}}) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"paper:file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        byte[] file = new byte[size];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + file.length + tail.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(file, 0, body, start.length, file.length);
        System.arraycopy(tail, 0, body, start.length + file.length, tail.length);
        // one array, so the request has a Content-Length as a browser's form post has
        return HttpRequest.newBuilder(URI.create(AppServer.get().url(agenda)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static String fileError(String pageHtml) {
        Matcher message = Pattern.compile("id=\"paper:fileError\"[^>]*>([^<]*)<").matcher(pageHtml);
        assertTrue(message.find(), "no message at the file field");
        String text = message.group(1).replace("&ldquo;", "\u201c").replace("&rdquo;", "\u201d");
        return Pattern.compile("&#(\\d+);").matcher(text)
                .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1)))).strip();
    }

    /** Every page under webapp/ (not templates, includes, resources or error pages) with its view parameters and "id". */
    private static Map<String, Set<String>> pagesAndParameters() throws IOException {
        Path root = Path.of("webapp");
        Pattern viewParam = Pattern.compile("<f:viewParam\\s+name=\"(\\w+)\"");
        Map<String, Set<String>> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String page = "/" + root.relativize(file).toString().replace('\\', '/');
                if (page.startsWith("/WEB-INF/") || page.startsWith("/resources/") || page.startsWith("/error/")) {
                    continue;
                }
                Set<String> parameters = new LinkedHashSet<>(List.of("id"));
                Matcher found = viewParam.matcher(Files.readString(file));
                while (found.find()) {
                    parameters.add(found.group(1));
                }
                pages.put(page, parameters);
            }
        }
        assertTrue(pages.size() > 25, "pages found: " + pages.keySet());
        return pages;
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(AppServer.get().url(path))).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return session.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
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

    private static String abbreviate(String address) {
        return address.length() > 120 ? address.substring(0, 120) + "…" : address;
    }
}
