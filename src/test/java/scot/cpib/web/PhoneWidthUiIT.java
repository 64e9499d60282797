package scot.cpib.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.api.ApiJson.body;
import static scot.cpib.api.ApiJson.list;
import static scot.cpib.api.ApiJson.number;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.it.ApiClient;
import scot.cpib.it.Browser;
import scot.cpib.it.BrowserSession;
import scot.cpib.it.BrowserTimes;

/**
 * Every page fits a phone (issue 10 point 7): at a window 390 px wide, signed in as each demo role
 * and as the public, every page of the app (every .xhtml under webapp/, with real ids of the demo
 * data, and every page linked from those) is visited; the page does not scroll sideways, no element
 * reaches past the right edge (tables reflow into stacked rows instead of scrolling), and axe-core
 * finds nothing. A full-length screenshot of each is kept as phone-&lt;role&gt;-&lt;page&gt;.png. Two
 * browsers crawl at once (the public, member and lead in one, the secretariat and admin in the other),
 * which on two cores takes little more than the longer of the two crawls.
 */
class PhoneWidthUiIT extends BrowserSession {

    private static final int PHONE = 390;
    /** Shown only between the password and the code of a two-step sign-in (any other visit goes back to sign-in). */
    private static final Set<String> ONLY_DURING_A_SIGN_IN = Set.of("/login-code.xhtml");

    /** Elements reaching past the right edge of the window, innermost first (those visually hidden, for screen readers only, left out). */
    private static final String TOO_WIDE = """
            const width = document.documentElement.clientWidth;
            const hidden = el => {
              for (let e = el; e && e !== document.body; e = e.parentElement) {
                const style = getComputedStyle(e);
                if (style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
              }
              return false;
            };
            const found = [];
            for (const el of document.body.querySelectorAll('*')) {
              const box = el.getBoundingClientRect();
              if (box.width === 0 || box.height === 0 || box.right <= width + 0.5) continue;
              if (hidden(el)) continue;
              if (el.querySelector('*') && [...el.querySelectorAll('*')].some(c => c.getBoundingClientRect().right > width + 0.5 && !hidden(c))) continue;
              found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                + ' reaches ' + Math.round(box.right) + ' px: "' + (el.textContent || '').trim().slice(0, 40) + '"');
              if (found.length === 8) break;
            }
            return found;""";

    /** The page's own content (its main part), without what changes on every load (view state, nonces). */
    private static final String CONTENT = """
            const main = (document.querySelector('main') || document.body).cloneNode(true);
            main.querySelectorAll('input[name="jakarta.faces.ViewState"]').forEach(e => e.removeAttribute('value'));
            main.querySelectorAll('[nonce]').forEach(e => e.removeAttribute('nonce'));
            return document.title + '\\n' + main.outerHTML;""";

    // filled by the two browsers at once
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> axedRoles = ConcurrentHashMap.newKeySet();
    private final Set<String> axedContents = ConcurrentHashMap.newKeySet();
    private final Set<String> shotPages = ConcurrentHashMap.newKeySet();
    private final Set<String> coveredPages = ConcurrentHashMap.newKeySet();
    private ApiClient api;
    /** The second browser, which crawls as the secretariat and the admin while the first crawls as the others. */
    private Browser second;

    @BeforeEach
    void phoneWindow() {
        api = new ApiClient(app);
        browser.driver().manage().window().setSize(new Dimension(PHONE, 900));
        second = Browser.another(app);
        second.driver().manage().window().setSize(new Dimension(PHONE, 900));
    }

    @AfterEach
    void desktopWindow() {
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        List<String> violations = new ArrayList<>(second.cspViolations());
        second.endSession();
        second.close();
        assertEquals(List.of(), violations, "the Content-Security-Policy refused something on a page the second browser visited");
    }

    @Test
    void everyPageFitsA390PxScreenWithoutScrollingSidewaysForEveryRoleAndThePublic() throws IOException {
        Map<Integer, Long> meetings = meetingIds();
        long november = meetings.get(15);
        long february = meetings.get(16);
        List<String> meetingPages = new ArrayList<>();
        for (long id : List.of(november, february)) {
            meetingPages.addAll(List.of("/meetings/view.xhtml?id=" + id, "/meetings/minute.xhtml?id=" + id,
                    "/meetings/matters-arising.xhtml?id=" + id, "/meetings/pack.xhtml?meeting=" + id));
        }
        List<String> secretariatPages = new ArrayList<>(meetingPages);
        for (long id : List.of(november, february)) {
            secretariatPages.addAll(List.of("/meetings/agenda.xhtml?id=" + id, "/meetings/attendance.xhtml?id=" + id,
                    "/meetings/minute-edit.xhtml?id=" + id, "/meetings/edit.xhtml?id=" + id, "/meetings/declarations.xhtml?id=" + id, "/meetings/minute-review.xhtml?id=" + id));
        }
        secretariatPages.addAll(List.of("/meetings/edit.xhtml?from=" + february, "/actions/index.xhtml?size=100",
                "/actions/view.xhtml?ref=15/4ii/3", "/admin/audit.xhtml", "/admin/mail.xhtml", "/admin/reminders.xhtml", "/meetings/interests.xhtml",
                "/engagement/strategy.xhtml", "/engagement/schedule.xhtml", "/engagement/coverage.xhtml",
                "/engagement/log.xhtml?from=2018-01-01&to=2019-12-31", "/engagement/record.xhtml",
                "/work-programme/period.xhtml", "/work-programme/revision.xhtml", "/work-programme/outcomes.xhtml",
                "/work-programme/resources.xhtml", "/account.xhtml"));
        List<String> readerPages = new ArrayList<>(meetingPages);
        readerPages.addAll(List.of("/actions/index.xhtml?size=100", "/actions/mine.xhtml", "/account.xhtml",
                "/engagement/strategy.xhtml", "/engagement/log.xhtml", "/work-programme/my.xhtml",
                "/meetings/reply.xhtml?id=" + february));
        List<String> errorPages = List.of("/no/such/page.xhtml", "/error/404.xhtml", "/error/500.xhtml",
                "/error/database.xhtml", "/error/expired.xhtml");

        publishedReport();
        // two browsers at once, one for the public, the member and the lead (whose pages are mostly the
        // member's: axe-core runs once on what the member's crawl has already shown), the other for the
        // secretariat and the admin; every check is the same as one browser's in turn
        ExecutorService secretariatSide = Executors.newSingleThreadExecutor();
        try {
            Future<?> secretariatAndAdmin = secretariatSide.submit(() -> {
                second.signIn("secretariat");
                secretariatPages.add("/meetings/agenda.xhtml?id=" + planMeeting(second));
                secretariatPages.add(annualReport(second));
                crawl(second, "secretariat", secretariatPages);
                second.signOut();
                second.signIn("admin");
                // the admin sees what the secretariat sees: the pages that differ in the header, not the whole crawl again
                visit(second, "admin", List.of("/index.xhtml", "/admin/audit.xhtml", "/admin/mail.xhtml", "/account.xhtml",
                        "/meetings/agenda.xhtml?id=" + february, "/meetings/matters-arising.xhtml?id=" + february,
                        "/admin/accounts.xhtml"));
                URI memberAccount = URI.create(second.find(By.linkText("member")).getAttribute("href"));
                second.open("/admin/people.xhtml?text=Kenny+Richmond"); // the list is paged: find him as a clerk would
                URI kenny = URI.create(second.find(By.linkText("Kenny Richmond")).getAttribute("href"));
                visit(second, "admin", List.of(memberAccount.getRawPath() + "?" + memberAccount.getRawQuery(),
                        "/admin/account.xhtml?" + kenny.getRawQuery().replace("id=", "person=")));
                second.signOut();
                return null;
            });
            crawl(browser, "public", Stream.concat(Stream.of("/index.xhtml", "/login.xhtml", "/meetings/index.xhtml",
                    "/meetings/minute.xhtml?id=" + meetings.get(14), "/work-programme/index.xhtml"), errorPages.stream()).toList());
            visit(browser, "public", List.of("/set-password.xhtml?token=not-a-token"));
            browser.signIn("member");
            crawl(browser, "member", readerPages);
            browser.signOut();
            browser.signIn("lead");
            crawl(browser, "lead", readerPages);
            browser.signOut();
            secretariatAndAdmin.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new IllegalStateException("The secretariat's and admin's crawl failed", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("The secretariat's and admin's crawl did not finish", e);
        } finally {
            secretariatSide.shutdownNow();
        }
        coveredPages.addAll(List.of("/admin/accounts.xhtml", "/admin/account.xhtml", "/set-password.xhtml"));

        Set<String> missing = new TreeSet<>(allPages());
        missing.removeAll(coveredPages);
        missing.removeAll(ONLY_DURING_A_SIGN_IN);
        assertAll(() -> assertEquals(Set.of(), missing, "pages under webapp/ that no role reached"),
                () -> assertTrue(failures.isEmpty(), failures.size() + " pages do not fit " + PHONE + " px or fail axe-core:\n"
                        + String.join("\n", failures)));
    }

    private void visit(Browser browser, String role, List<String> addresses) {
        for (String address : addresses) {
            browser.open(address);
            check(browser, role, address);
        }
    }

    /** Visits the seeds, then every page linked from a visited page that this role has not seen yet. */
    private void crawl(Browser browser, String role, List<String> seeds) {
        Set<String> seenPages = new LinkedHashSet<>();
        Set<String> seenAddresses = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seedSet = Set.copyOf(seeds);
        while (!queue.isEmpty()) {
            String address = queue.removeFirst();
            String page = URI.create(address).getPath();
            if (!seenAddresses.add(address) || !seedSet.contains(address) && seenPages.contains(page)) {
                continue;
            }
            seenPages.add(page);
            browser.open(address);
            String shown = URI.create(browser.driver().getCurrentUrl()).getPath().replaceFirst(";.*", "");
            if (!browser.title().startsWith("Page not found") || page.startsWith("/error/") || page.startsWith("/no/")) {
                coveredPages.add(shown);
            }
            check(browser, role, address);
            queue.addAll(BrowserTimes.timed("link reads", () -> links(browser)));
        }
    }

    private void check(Browser browser, String role, String address) {
        // one call to the browser for the page's measures and content
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) BrowserTimes.timed("width checks", () -> browser.driver().executeScript("return {"
                + "innerWidth: window.innerWidth,"
                + "widths: [document.documentElement.scrollWidth, document.documentElement.clientWidth],"
                + "tooWide: (function () {" + TOO_WIDE + "})(),"
                + "content: (function () {" + CONTENT + "})()};"));
        assertEquals(PHONE, ((Number) measured.get("innerWidth")).intValue(), "the window is a phone's width");
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) measured.get("widths");
        @SuppressWarnings("unchecked")
        List<String> tooWide = (List<String>) measured.get("tooWide");
        int failed = failures.size();
        if (widths.get(0).intValue() > widths.get(1).intValue() || !tooWide.isEmpty()) {
            failures.add(role + " " + address + ": page " + widths.get(0) + " px wide in " + widths.get(1) + "; "
                    + String.join("; ", tooWide));
        }
        // axe on every page each role has of its own: the first page of a role (its header and menu), then
        // every page whose content another role's visit has not already shown exactly the same
        String content = (String) measured.get("content");
        if (axedRoles.add(role) | axedContents.add(content)) {
            try {
                browser.assertAccessible();
            } catch (AssertionError e) {
                failures.add(role + " " + address + ": " + e.getMessage());
            }
        }
        // a full-length screenshot of each page once (the first role to see it), and of every failure
        String page = URI.create(address).getPath();
        if (shotPages.add(page) || failures.size() > failed) {
            fullPageScreenshot(browser, "phone-" + role + "-" + address.replaceFirst("^/", "").replaceAll("[^A-Za-z0-9]+", "-"));
        }
    }

    /** The app's pages this one links to, as paths with their query (not downloads, not other hosts). */
    private List<String> links(Browser browser) {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) browser.driver().executeScript(
                "return [...document.querySelectorAll('a[href]')].map(a => a.href)"
                        + ".filter(h => h.startsWith(location.origin + '/') && /\\.xhtml(\\?|$)/.test(h.split('#')[0]))");
        String origin = app.url("");
        return hrefs.stream().map(h -> h.split("#")[0]).map(h -> "/" + h.substring(origin.length()).replaceFirst("^/", ""))
                .distinct().toList();
    }

    private static void fullPageScreenshot(Browser browser, String name) {
        BrowserTimes.timed("full-page screenshots", () -> saveFullPageScreenshot(browser, name));
    }

    private static void saveFullPageScreenshot(Browser browser, String name) {
        Number height = (Number) browser.driver().executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", PHONE, "height", Math.min(height.intValue(), 12000), "scale", 1);
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Path target = Path.of(System.getProperty("cpib.it.screenshots", "target/screenshots"), name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Plans the meeting after the latest one, in the future, as the clerk does at 390 px, with a standing
     * "Learning from Engagement" item (whose paper page is one of the app's); answers its id.
     */
    private static String planMeeting(Browser browser) {
        String id = browser.planNextMeetingInTheFuture();
        browser.open("/meetings/agenda.xhtml?id=" + id);
        browser.type(By.id("item:title"), "Learning from Engagement");
        new Select(browser.find(By.id("item:standingKind"))).selectByVisibleText("Standing: learning from engagement");
        browser.click(By.id("item:saveItem"));
        browser.waitForText(By.id("summary"), "Learning from Engagement");
        return id;
    }

    /**
     * An annual report's page (its sections' pages are linked from it): the first report listed (there is
     * one: {@link #publishedReport}).
     */
    private static String annualReport(Browser browser) {
        browser.open("/reports/index.xhtml");
        String href = browser.find(By.cssSelector("#reports a[href*='view.xhtml']")).getAttribute("href");
        return "/" + href.substring(app.url("").length()).replaceFirst("^/", "");
    }

    /**
     * A published annual report, whose public page the public's crawl reaches from the home page: one
     * another test has published, or one the secretariat drafts, sends for review, approves against a
     * decision of the 15th meeting and publishes here (at 390 px), so that this test does not depend on
     * another's. The demo records are not changed: the report is this test's own.
     */
    private void publishedReport() {
        if (!api.get("/api/v1/annual-reports").body().strip().equals("[]")) {
            return;
        }
        browser.signIn("secretariat");
        browser.open("/reports/index.xhtml");
        browser.type(By.id("start:title"), "Annual report seen at phone width");
        setValue("start:periodStart", "2016-04-01");
        setValue("start:periodEnd", "2017-03-31");
        browser.click(By.id("start:startButton"));
        browser.waitForText(By.id("summary"), "has been drafted from the record");
        setValue("round:deadline", LocalDate.now().plusDays(10).toString());
        browser.click(By.id("round:send"));
        browser.waitForText(By.id("summary"), "Round 1 was sent");
        browser.click(By.id("approval:approve"));
        browser.waitForText(By.id("summary"), "Choose the decision in the minute");
        Select decisions = new Select(browser.find(By.id("approval:decision")));
        decisions.selectByVisibleText(decisions.getOptions().stream().map(WebElement::getText)
                .filter(t -> t.startsWith("15th meeting, 28 November 2018, item ")).findFirst()
                .orElseThrow(() -> new AssertionError("no item of the 15th meeting to choose")));
        browser.click(By.id("approval:approve"));
        browser.waitForText(By.id("summary"), "The approval is recorded");
        browser.click(By.id("publication:publish"));
        browser.waitForText(By.id("summary"), "The report is published");
        browser.signOut();
    }

    private void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }

    private Map<Integer, Long> meetingIds() {
        Map<Integer, Long> ids = new HashMap<>();
        for (Map<String, Object> meeting : list(body(api.get("/api/v1/meetings?size=100", "secretariat"), 200), "items")) {
            ids.put((int) number(meeting, "number"), number(meeting, "id"));
        }
        return ids;
    }

    /** Every page of the app: each .xhtml under webapp/ but templates, includes, components and error pages reached by address. */
    private static Set<String> allPages() throws IOException {
        Path root = Path.of("webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
