package scot.cpib.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium driven by Selenium, with helpers to sign in, check a page with axe-core
 * (WCAG 2.2 AA), keep a screenshot of it and read what the Content-Security-Policy refused.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Duration POLL = Duration.ofMillis(50);
    private static Browser shared;
    private static Browser spare;

    private final AppServer app;
    private final ChromeDriver driver;
    private final Path profile;
    private final Path scratch;
    private boolean keptForTheNext;

    /**
     * The tier's one Chromium, started by the first browser class and closed when the JVM ends;
     * every later class gets it back as a new browser would be (see {@link #reset()}), so the tier
     * starts Chromium once, not once per class. A browser that no longer answers is replaced.
     */
    public static synchronized Browser shared(AppServer app) {
        shared = reused(shared, app);
        return shared;
    }

    /**
     * A second browser, for another person at the same time (e.g. someone who saves first): a new one
     * to the test, but the tier keeps its Chromium for the next test that needs one, reset as
     * {@link #shared} is; {@link #close()} leaves it for that test.
     */
    public static synchronized Browser another(AppServer app) {
        spare = reused(spare, app);
        spare.keptForTheNext = true;
        return spare;
    }

    private static Browser reused(Browser browser, AppServer app) {
        if (browser != null && browser.app == app && browser.answers()) {
            BrowserTimes.timed("browser resets", browser::reset);
            return browser;
        }
        if (browser != null) {
            browser.quitQuietly();
        }
        Browser started = BrowserTimes.timed("Chromium starts", () -> new Browser(app));
        Runtime.getRuntime().addShutdownHook(new Thread(started::quitQuietly));
        return started;
    }

    /**
     * As if just started: no cookies (so no session), no stored page data, no open prompt, the
     * desktop window size, a blank page and no console messages left over.
     */
    private void reset() {
        try {
            driver.switchTo().alert().dismiss();
        } catch (WebDriverException noPrompt) {
            // none open
        }
        // a new tab has no session storage of the last class's pages; the old tabs are closed
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(fresh);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", app.baseUrl(),
                "storageTypes", "cookies,local_storage,indexeddb,service_workers,cache_storage"));
        Object cookies = driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
        if (!(cookies instanceof List<?> left) || !left.isEmpty()) {
            throw new IllegalStateException("The shared browser still has cookies after its reset: " + cookies);
        }
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.manage().logs().get(LogType.BROWSER);
    }

    private boolean answers() {
        try {
            driver.getWindowHandle();
            return true;
        } catch (WebDriverException gone) {
            return false;
        }
    }

    private void quitQuietly() {
        try {
            quit();
        } catch (RuntimeException alreadyGone) {
            // the driver had gone; its folders are removed all the same
        }
    }

    public Browser(AppServer app) {
        this.app = app;
        this.profile = TempFiles.createDirectory("cpib-chromium");
        this.scratch = shortScratchFolder();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile);
        // the console, where Chromium reports what the Content-Security-Policy refused (cspViolations)
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                // Chromium's own scratch folders (its singleton socket among them) go to a folder of this
                // browser's, removed on close; a short path, since a socket's path may not pass 107 bytes
                .withEnvironment(Map.of("TMPDIR", scratch.toString()))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        BrowserTimes.timed("page loads", () -> driver.get(app.url(path)));
        return this;
    }

    public void signIn(String username) {
        signIn(username, AppServer.DEMO_PASSWORD);
    }

    /**
     * Signs in through the sign-in page and lands on the account page (the sign-in page's "continue"),
     * a light page with the header: tests open the page they are about next, so the landing page is
     * not the home page, which would be worked out for nothing. A test about the home page opens it.
     */
    public void signIn(String username, String password) {
        BrowserTimes.timed("sign-ins", () -> {
            driver.get(app.url("/login.xhtml?continue=%2Faccount.xhtml"));
            type(By.id("login:username"), username);
            type(By.id("login:password"), password);
            click(By.id("login:submit"));
            waitFor(By.id("signOutForm:signOut"));
        });
    }

    public void signOut() {
        BrowserTimes.timed("sign-outs", this::signOutNow);
    }

    private void signOutNow() {
        if (!driver.findElements(By.id("signOutForm:signOut")).isEmpty()) {
            click(By.id("signOutForm:signOut"));
            try {
                waitFor(By.id("signIn"));
            } catch (RuntimeException notSignedOut) {
                throw new IllegalStateException("Signing out did not lead to a page with the sign-in link: "
                        + driver.getCurrentUrl() + " – " + driver.getTitle(), notSignedOut);
            }
        }
    }

    /**
     * Ends the session after a test as the sign-out button does (its form posted, so the server signs out
     * and invalidates the session), without loading the public home page the button leads to: the next
     * test opens its own page (when the post does not sign out, the button is pressed). Answers whether a
     * signed-in page was showing (nothing to end otherwise).
     */
    public boolean endSession() {
        return BrowserTimes.timed("sign-outs", () -> {
            Object ended = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const button = document.getElementById('signOutForm:signOut');
                    if (!button) { done('not signed in'); return; }
                    const data = new URLSearchParams(new FormData(button.form));
                    data.append(button.name, button.value);
                    const account = location.origin + '/account.xhtml';
                    fetch(button.form.action, {method: 'POST', body: data, redirect: 'manual', credentials: 'same-origin'})
                        // signed out when the account page sends the visitor to sign in
                        .then(r => fetch(account, {redirect: 'manual', credentials: 'same-origin'}))
                        .then(r => done(r.type === 'opaqueredirect' ? 'signed out' : 'still signed in: ' + r.status),
                              e => done('failed: ' + e));""");
            if ("not signed in".equals(ended)) {
                return false;
            }
            if (!"signed out".equals(ended)) {
                // the page's form no longer signs out (its view expired, say): the button, as a person would
                signOutNow();
            }
            return true;
        });
    }

    /**
     * A wait of up to 20 s that looks again every 50 ms (Selenium's default is every 500 ms, which
     * leaves each wait for a partial page update up to half a second late).
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.pollingEvery(POLL);
        return wait;
    }

    public WebElement find(By by) {
        return waitFor(by);
    }

    public WebElement waitFor(By by) {
        WebElement[] found = new WebElement[1];
        settled(() -> found[0] = waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(by)));
        return found[0];
    }

    /** Waits for the text; again when the page is replaced while it looks (a postback and redirect still loading). */
    public void waitForText(By by, String text) {
        BrowserTimes.timed("waits for text", () -> settled(() -> waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text))));
    }

    /** Waits until the address of the page contains the text (a GET form's query, a redirect's target). */
    public void waitForUrl(String part) {
        waiting().until(ExpectedConditions.urlContains(part));
    }

    public void type(By by, String text) {
        settled(() -> {
            WebElement field = waitFor(by);
            field.clear();
            field.sendKeys(text);
        });
    }

    public void click(By by) {
        BrowserTimes.timed("clicks", () -> settled(() -> waiting()
                .until(ExpectedConditions.elementToBeClickable(by)).click()));
    }

    /**
     * Runs a step again when the page was replaced under it (a postback still loading when the
     * element was found): the element is looked up afresh each time.
     */
    private static void settled(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                if (attempt == 5) {
                    throw e;
                }
            } catch (WebDriverException e) {
                if (attempt == 5 || e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Presses Tab until the element with the given id has focus, then Enter: proves it is reachable by keyboard. */
    public void activateByKeyboard(String elementId, int maxTabs) {
        settled(() -> tabToAndPress(elementId, maxTabs));
    }

    private void tabToAndPress(String elementId, int maxTabs) {
        driver.findElement(By.tagName("body")).click();
        // a real key press each time (to whatever has the focus), and one look at the focus's id: two
        // calls to the browser per Tab rather than four
        for (int i = 0; i < maxTabs; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (elementId.equals(driver.executeScript("return document.activeElement ? document.activeElement.id : null;"))) {
                driver.switchTo().activeElement().sendKeys(Keys.ENTER);
                return;
            }
        }
        fail("Element " + elementId + " was not reached by " + maxTabs + " presses of Tab");
    }

    /**
     * The console messages in which Chromium reported something the page's Content-Security-Policy
     * refused (an inline script or handler, a style, a source), since the last call: reading clears them.
     */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /**
     * Whether leaving or reloading the page now would ask first: the page's beforeunload handler
     * cancels the event. (Chromium under WebDriver accepts the browser's own "Leave site?" prompt by
     * itself, so the handler's answer is what a test can see.)
     */
    public boolean asksBeforeLeaving() {
        return (Boolean) driver.executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Plans the meeting after the latest one as the secretariat does, on a day in the future (three
     * months after the latest, and at least a month from today), so it cannot be held yet; answers its id.
     */
    public String planNextMeetingInTheFuture() {
        DateTimeFormatter uk = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
        open("/meetings/index.xhtml");
        click(By.id("planNext"));
        Matcher heading = Pattern.compile("Plan the (\\d+\\w\\w) meeting \\(after the \\d+\\w\\w on (.+)\\)")
                .matcher(find(By.tagName("h1")).getText());
        assertTrue(heading.matches(), find(By.tagName("h1")).getText());
        LocalDate afterLatest = LocalDate.parse(heading.group(2), uk).plusMonths(3);
        LocalDate soon = LocalDate.now().plusMonths(1);
        LocalDate date = afterLatest.isAfter(soon) ? afterLatest : soon;
        driver.executeScript("arguments[0].value = arguments[1];", find(By.id("meeting:date")), date.toString());
        click(By.id("meeting:save"));
        waitForText(By.tagName("h1"), heading.group(1) + " meeting – " + date.format(uk));
        return driver.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");
    }

    /**
     * The address of workstream {@code number} in version {@code version} of the work programme, as the
     * overview links it (another version chosen from its list of versions when the overview shows another).
     */
    public String workstreamPath(int version, int number) {
        open("/work-programme/index.xhtml");
        if (!find(By.id("versionFacts")).getText().contains("Version " + version)) {
            click(By.linkText(find(By.id("otherVersions")).findElements(By.tagName("a")).stream()
                    .map(WebElement::getText).filter(t -> t.startsWith("Version " + version + ":")).findFirst().orElseThrow()));
            waitForText(By.id("versionFacts"), "Version " + version);
        }
        String href = find(By.cssSelector("#workstreams tr[data-number='" + number + "'] a")).getAttribute("href");
        return href.substring(href.indexOf("/work-programme/"));
    }

    public String title() {
        return driver.getTitle();
    }

    /** Runs axe-core on the current page; fails listing every WCAG 2.2 AA violation. */
    public void assertAccessible() {
        BrowserTimes.timed("axe", this::runAxe);
    }

    private void runAxe() {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        Object result = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        // resultTypes: only violations are worked out in full (passes and the rest are counted, not detailed)
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '"
                        + " + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '))))"
                        + ".catch(e => done(['axe failed: ' + e]));",
                WCAG_TAGS);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        assertEquals(List.of(), violations, "axe-core WCAG 2.2 AA violations on " + driver.getCurrentUrl());
    }

    private static String axeSource() {
        String path = System.getProperty("cpib.it.axe");
        try {
            return Files.readString(Path.of(path));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("axe-core not found at " + path + " (mvn verify installs it)", e);
        }
    }

    /** Keeps a PNG of the page under target/screenshots for people to look at. */
    public void screenshot(String name) {
        BrowserTimes.timed("screenshots", () -> saveScreenshot(name));
    }

    private void saveScreenshot(String name) {
        String dir = System.getProperty("cpib.it.screenshots", "target/screenshots");
        try {
            Path target = Path.of(dir, name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quits Chromium, but for the tier's second browser ({@link #another}), which stays for the next test. */
    @Override
    public void close() {
        if (!keptForTheNext) {
            quit();
        }
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            TempFiles.delete(profile);
            TempFiles.delete(scratch);
        }
    }

    private static Path shortScratchFolder() {
        try {
            Path system = Path.of("/tmp");
            return Files.isDirectory(system) ? Files.createTempDirectory(system, "cpib-cr")
                    : Files.createTempDirectory("cpib-cr");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
