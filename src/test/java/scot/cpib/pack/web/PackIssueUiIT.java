package scot.cpib.pack.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.reporting.PdfInspection.pageText;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import scot.cpib.api.ApiJson;
import scot.cpib.it.ApiClient;
import scot.cpib.it.BrowserSession;
import scot.cpib.it.MailCatcher;
import scot.cpib.reporting.PdfInspection;
import scot.cpib.reporting.SamplePdfs;

/**
 * Issuing a pack in the browser: the secretariat issues a meeting of the test's own, members get the
 * e-mail with working links and download the stored version; a late paper becomes supplement 1 of
 * version 2 whose earlier pages are unchanged.
 */
class PackIssueUiIT extends BrowserSession {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern PLAN_HEADING = Pattern.compile("Plan the (\\d+\\w\\w) meeting \\(after the \\d+\\w\\w on (.+)\\)");
    private static final String MEMBER = "kenny.richmond@example.org";

    @Test
    void secretariatIssuesThePackMembersAreToldAndALatePaperBecomesVersionTwo() throws Exception {
        browser.signIn("secretariat");
        String ordinal = planMeeting();
        String meetingId = browser.driver().getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");
        upload(meetingId, "Pack test budget", "Budget for the pack test", SamplePdfs.textPdf("Budget body", 2));
        upload(meetingId, "Pack test budget", "Partner feedback", ".docx", wordPaper());

        browser.open("/meetings/view.xhtml?id=" + meetingId);
        browser.click(By.id("packPageLink"));
        browser.waitFor(By.id("issue:note"));
        assertTrue(browser.find(By.id("noVersions")).getText().contains("not been issued"));
        browser.assertAccessible();
        browser.screenshot("pack-before-issue");
        String tooLong = "x".repeat(1001);
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(By.id("issue:note")), tooLong);
        browser.click(By.id("issue:issuePack"));
        browser.waitForText(By.id("summary"), "Keep the note to 1000 characters or fewer");
        assertTrue(browser.find(By.id("issue:noteError")).getText().contains("1000 characters"));
        assertEquals(tooLong, browser.find(By.id("issue:note")).getAttribute("value"), "what was typed is kept");
        assertTrue(browser.driver().findElements(By.id("versions")).isEmpty(), "nothing was issued");
        browser.assertAccessible();
        browser.screenshot("pack-note-too-long");
        browser.type(By.id("issue:note"), "Papers for the pack test");
        browser.activateByKeyboard("issue:issuePack", 80);
        browser.waitForText(By.id("summary"), "Version 1 of the agenda pack is issued");
        assertTrue(browser.find(By.id("summary")).getText().contains("E-mailed to"), browser.find(By.id("summary")).getText());
        String recipients = browser.find(By.id("recipients-v1")).getText();
        assertTrue(recipients.contains("Kenny Richmond") && recipients.contains("Sent"), recipients);
        int v1Pages = pagesShown(1);
        browser.assertAccessible();
        browser.screenshot("pack-issued");

        String mail = mailFor(ordinal, 1);
        assertTrue(mail.contains("Dear Kenny Richmond") && mail.contains("Papers for the pack test"), mail);
        String download = link(mail, "/api/v1/meetings/" + meetingId + "/packs/1.pdf");
        String packPage = link(mail, "/meetings/pack.xhtml?meeting=" + meetingId);
        browser.signOut();
        browser.signIn("member");
        browser.driver().get(packPage);
        browser.waitFor(By.id("versions"));
        assertEquals(v1Pages, pagesShown(1));
        assertTrue(browser.driver().findElements(By.id("issue:note")).isEmpty(), "members cannot issue");
        browser.assertAccessible();
        browser.screenshot("pack-member");
        browser.open("/meetings/view.xhtml?id=" + meetingId);
        assertTrue(browser.find(By.id("pack-v1")).getText().startsWith("Version 1 (PDF, " + v1Pages + " pages)"));
        browser.assertAccessible();
        browser.screenshot("pack-meeting-page");
        byte[] v1 = pdf(download.replaceFirst("^https?://[^/]+", ""), "member");
        try (PDDocument document = Loader.loadPDF(v1)) {
            assertEquals(v1Pages, document.getNumberOfPages());
            assertTrue(pageText(document, 1).contains("Pack version 1"), pageText(document, 1));
            String all = PdfInspection.allText(document);
            assertTrue(all.contains(WORD_TEXT), "the Word paper's own text is in the pack: " + all);
        }
        assertArrayEquals(v1, pdf(download.replaceFirst("^https?://[^/]+", ""), "member"), "the stored bytes, the same on every download");
        browser.signOut();

        browser.signIn("secretariat");
        upload(meetingId, "Pack test budget", "Late budget note", SamplePdfs.textPdf("Late note body", 1));
        browser.open("/meetings/pack.xhtml?meeting=" + meetingId);
        assertTrue(browser.find(By.id("issueIntro")).getText().contains("supplement 1 in version 2"), browser.find(By.id("issueIntro")).getText());
        assertTrue(browser.find(By.id("latePapers")).getText().contains("Late budget note"));
        browser.click(By.id("issue:issuePack"));
        browser.waitForText(By.id("summary"), "Version 2 of the agenda pack is issued");
        assertEquals(v1Pages + 2, pagesShown(2));
        assertTrue(browser.find(By.id("issueIntro")).getText().contains("nothing new to issue"));
        browser.assertAccessible();
        browser.screenshot("pack-version-2");

        assertTrue(mailFor(ordinal, 2).contains("supplement 1"));
        byte[] v2 = pdf("/api/v1/meetings/" + meetingId + "/packs/2.pdf", "member");
        try (PDDocument first = Loader.loadPDF(v1); PDDocument second = Loader.loadPDF(v2)) {
            assertEquals(v1Pages + 2, second.getNumberOfPages());
            for (int page = 2; page <= v1Pages; page++) {
                assertEquals(withoutFooter(pageText(first, page)), withoutFooter(pageText(second, page)), "page " + page);
            }
            assertTrue(pageText(second, v1Pages + 1).contains("Supplement 1"));
            assertTrue(pageText(second, v1Pages + 2).contains("Late note body"));
        }
    }

    @Test
    void demoPackOfThe28February2019MeetingReadsLikeThePaperPack() throws IOException {
        ApiClient api = new ApiClient(app);
        Matcher listed = Pattern.compile("view\\.xhtml\\?id=(\\d+)\">16th meeting<")
                .matcher(api.get("/meetings/index.xhtml", "member").body());
        assertTrue(listed.find(), "the 16th meeting is listed for members");
        byte[] pack = pdf("/api/v1/meetings/" + listed.group(1) + "/pack.pdf", "member");
        Files.write(Path.of("target", "screenshots", "demo-pack-16th-meeting.pdf"), pack);
        try (PDDocument document = Loader.loadPDF(pack)) {
            String cover = pageText(document, 1).replaceAll("\\s+", " ");
            for (String words : List.of("16th meeting", "28 February 2019", "2pm \u2013 4pm", "Scottish Enterprise, Apex House",
                    "99 Haymarket Terrace", "EH12 5HD")) {
                assertTrue(cover.contains(words), words + " not on the cover: " + cover);
            }
            assertTrue(cover.contains("Draft preview of") && cover.contains("not an issued version"), cover);
            assertFalse(cover.contains("Pack version"), cover);
            String agenda = pageText(document, 2);
            int previous = -1;
            for (String item : List.of("Welcome and Introduction", "Minute & Matters Arising", "CPIB Work Programme",
                    "CPIB Engagement Strategy", "Community Participation Action Learning", "AOB", "Future Items", "Close")) {
                int at = agenda.indexOf(item, previous + 1);
                assertTrue(at > previous, item + " missing or out of order in the agenda:\n" + agenda);
                previous = at;
            }
            String flow = PdfInspection.flowText(document);
            int matters = flow.indexOf("Matters arising for the CPIB 16th meeting");
            int firstPaper = flow.indexOf("Revised Work Programme to deliver against new purpose", matters);
            assertTrue(matters > 0 && firstPaper > matters, "matters arising come before the papers");
            String mattersText = flow.substring(matters, firstPaper);
            List<Map<String, Object>> open = ApiJson.list(ApiJson.body(
                    api.get("/api/v1/actions?meeting=15&status=OPEN&status=IN_PROGRESS&size=200", "member"), 200), "items");
            assertTrue(open.size() >= 5, "the demo has open actions from 28 November 2018: " + open.size());
            for (Map<String, Object> action : open) {
                assertTrue(mattersText.contains((String) action.get("reference")), action.get("reference") + " not in matters arising");
                for (Map<String, Object> owner : ApiJson.list(action, "owners")) {
                    assertTrue(mattersText.contains((String) owner.get("label")), owner.get("label") + " not in matters arising");
                }
            }
            int at = firstPaper;
            for (String heading : List.of("Appendix 2 \u2013 Overview of progress and achievements", "CPPs projects update",
                    "CPIB Engagement Strategy Aims", "Stakeholder Group Delivery channel Delivery lead Core messaging",
                    "Community Participation Action Learning \u2013 Key Recommendations", "2. Recommendation")) {
                int next = flow.indexOf(heading, at);
                assertTrue(next > at, heading + " missing or out of agenda order");
                at = next;
            }
        }
    }

    /** Plans the meeting after the latest one (as MeetingUiIT does) and answers its ordinal; ends on its page. */
    private String planMeeting() {
        browser.open("/meetings/index.xhtml");
        browser.click(By.id("planNext"));
        Matcher heading = PLAN_HEADING.matcher(browser.find(By.tagName("h1")).getText());
        assertTrue(heading.matches(), browser.find(By.tagName("h1")).getText());
        LocalDate date = LocalDate.parse(heading.group(2), UK).plusMonths(3);
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(By.id("meeting:date")), date.toString());
        browser.click(By.id("meeting:save"));
        browser.waitForText(By.tagName("h1"), heading.group(1) + " meeting – " + date.format(UK));
        return heading.group(1);
    }

    private static final String WORD_TEXT = "Chief officers asked for fewer, clearer messages.";

    private static byte[] wordPaper() throws IOException {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Partner feedback");
            document.createParagraph().createRun().setText(WORD_TEXT);
            document.write(out);
            return out.toByteArray();
        }
    }

    private void upload(String meetingId, String item, String title, byte[] pdf) throws IOException {
        upload(meetingId, item, title, ".pdf", pdf);
    }

    /** Adds the item if it is not there yet and uploads a paper to it on the agenda page. */
    private void upload(String meetingId, String item, String title, String suffix, byte[] pdf) throws IOException {
        browser.open("/meetings/agenda.xhtml?id=" + meetingId);
        browser.waitFor(By.id("item:title"));
        if (!browser.find(By.id("agenda")).getText().contains(item)) {
            browser.type(By.id("item:title"), item);
            new Select(browser.find(By.id("item:purpose"))).selectByVisibleText("For decision");
            browser.click(By.id("item:saveItem"));
            browser.waitForText(By.id("summary"), item);
        }
        Path file = Files.createTempFile("pack-test", suffix);
        Files.write(file, pdf);
        Select items = new Select(browser.find(By.id("paper:paperItem")));
        items.getOptions().stream().filter(o -> o.getText().endsWith(item)).findFirst().orElseThrow().click();
        browser.type(By.id("paper:paperTitle"), title);
        browser.find(By.id("paper:file")).sendKeys(file.toString());
        browser.click(By.id("paper:upload"));
        browser.waitForText(By.id("summary"), "uploaded");
        browser.open("/meetings/view.xhtml?id=" + meetingId);
    }

    private int pagesShown(int version) {
        String text = browser.find(By.id("download-v" + version)).getText();
        Matcher pages = Pattern.compile("Version " + version + " \\(PDF, (\\d+) pages\\)").matcher(text);
        assertTrue(pages.matches(), text);
        return Integer.parseInt(pages.group(1));
    }

    /** The text of the pack e-mail of that meeting and version sent to the member. */
    private static String mailFor(String ordinal, int version) throws MessagingException {
        String subject = "CPIB " + ordinal + " meeting";
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> mails = MailCatcher.get().messagesTo(MEMBER);
            for (MimeMessage mail : mails) {
                if (mail.getSubject().startsWith(subject) && mail.getSubject().endsWith("agenda pack version " + version + " issued")) {
                    return MailCatcher.text(mail);
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no e-mail about version " + version + " of the " + ordinal + " meeting's pack to " + MEMBER);
    }

    private static String link(String mail, String path) {
        Matcher link = Pattern.compile("(https?://\\S+" + Pattern.quote(path) + ")").matcher(mail);
        assertTrue(link.find(), "no link to " + path + " in\n" + mail);
        assertTrue(link.group(1).startsWith(app.baseUrl()), link.group(1));
        return link.group(1);
    }

    private static byte[] pdf(String path, String user) {
        HttpResponse<byte[]> response = new ApiClient(app).getBytes(path, user);
        assertEquals(200, response.statusCode(), path);
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    private static String withoutFooter(String page) {
        return page.replaceAll("Page \\d+ of \\d+", "").replaceAll("pack version \\d+", "");
    }
}
