package scot.cpib.meeting.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.reporting.PdfInspection.pageText;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.board.application.Directory;
import scot.cpib.it.container.ActingUser;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.meeting.domain.StandingKind;
import scot.cpib.pack.application.PackIssues;
import scot.cpib.pack.application.PackIssuing;
import scot.cpib.pack.domain.DeliveryStatus;
import scot.cpib.pack.domain.PackFile;
import scot.cpib.pack.domain.PackIssue;
import scot.cpib.pack.domain.PackRecipient;
import scot.cpib.reporting.PdfInspection;
import scot.cpib.reporting.HostilePdfs;
import scot.cpib.reporting.SamplePdfs;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/** Issuing agenda packs: stored versions, supplements, recipients, confidential files and their audited downloads. */
@ExtendWith(ArquillianExtension.class)
class PackIssuingIT {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private PaperStore papers;

    @Inject
    private PackIssuing issuing;

    @Inject
    private PackIssues issues;

    @Inject
    private Directory directory;

    @Inject
    private Interests interests;

    @Inject
    private scot.cpib.pack.application.PackAssembler assembler;

    @Inject
    private scot.cpib.reporting.application.AgendaPackRenderer renderer;

    @Inject
    private MeetingPlanning planning;

    @Inject
    private scot.cpib.minutes.application.MinuteWriting writing;

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
    }

    @Test
    void latePaperBecomesSupplementOneOfVersionTwoWithEarlierPagesUnchanged() throws Exception {
        Meeting meeting = meeting(600, LocalDate.of(2032, 3, 10));
        Long budget = itemId(meeting, "Budget");
        papers.upload(budget, "Budget 2032/33", false, "budget.pdf", "application/pdf", SamplePdfs.textPdf("Budget body", 2));

        ActingUser.actAs("member", Role.MEMBER);
        assertEquals("meeting.notAllowed", assertThrows(DomainException.class, () -> issuing.issue(meeting.getId(), 0, null)).getMessageKey());
        ActingUser.actAs("secretariat", Role.SECRETARIAT);

        PackIssuing.Issued first = issuing.issue(meeting.getId(), 0, "First issue");
        assertEquals(1, first.version());
        assertEquals(MeetingStatus.AGENDA_ISSUED, em.find(Meeting.class, meeting.getId()).getStatus());
        PackIssue one = em.find(PackIssue.class, first.issueId());
        assertEquals(1, one.getFiles().size(), "no confidential papers, one file");
        PackFile v1 = one.getFiles().get(0);
        assertEquals(PackFile.sha256(v1.getData()), v1.getSha256());
        assertEquals(first.pages(), v1.getPageCount());
        assertTrue(audit(first.issueId()).stream().anyMatch(e -> "issued".equals(e.getOperation())));

        assertEquals("pack.issue.nothingNew", assertThrows(DomainException.class,
                () -> issuing.issue(meeting.getId(), 1, null)).getMessageKey());
        DomainException stale = assertThrows(DomainException.class, () -> issuing.issue(meeting.getId(), 0, null));
        assertEquals("pack.issue.conflict", stale.getMessageKey());
        assertEquals(1, stale.getArguments()[0]);

        Long late = papers.upload(budget, "Late budget note", false, "late.pdf", "application/pdf", SamplePdfs.textPdf("Late note body", 3));
        PackIssuing.Issued second = issuing.issue(meeting.getId(), 1, "A late paper");
        assertEquals(2, second.version());
        PackIssue two = em.find(PackIssue.class, second.issueId());
        assertEquals(1, two.supplementOf(late));
        assertEquals(one.getMattersAsAt(), two.getMattersAsAt());
        try (PDDocument a = Loader.loadPDF(v1.getData()); PDDocument b = Loader.loadPDF(two.getFiles().get(0).getData())) {
            assertEquals(a.getNumberOfPages() + 1 + 3, b.getNumberOfPages(), "supplement title page and the three late pages");
            for (int page = 2; page <= a.getNumberOfPages(); page++) {
                assertEquals(withoutFooter(pageText(a, page)), withoutFooter(pageText(b, page)), "page " + page);
            }
            assertTrue(pageText(b, a.getNumberOfPages() + 1).contains("Supplement 1"));
            assertTrue(pageText(b, a.getNumberOfPages() + 2).contains("Late note body"));
        }
        assertEquals(List.of(1, 2), issues.versions(meeting.getId()).stream().map(PackIssue::getPackVersion).toList());
    }

    @Test
    void packStaysIssuableAfterMinuteTextIsSavedAndASupplementGoesOutAfterTheMeetingIsHeld() throws Exception {
        LocalDate today = LocalDate.now(scot.cpib.shared.web.Formats.LONDON);
        Meeting meeting = meeting(602, today);
        Long budget = itemId(meeting, "Budget");
        papers.upload(budget, "Budget paper", false, "budget.txt", "text/plain", "Budget text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        writing.save(budget, null, "The Board discussed the budget.", null, null);
        assertEquals(MeetingStatus.PLANNED, em.find(Meeting.class, meeting.getId()).getStatus(), "minute text alone does not hold the meeting");

        assertEquals(1, issuing.issue(meeting.getId(), 0, null).version());
        papers.upload(budget, "Late budget note", false, "late.txt", "text/plain", "Late text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(2, issuing.issue(meeting.getId(), 1, "A late paper").version());
        planning.markHeld(meeting.getId());
        assertEquals(MeetingStatus.MINUTE_DRAFTED, em.find(Meeting.class, meeting.getId()).getStatus());
        papers.upload(budget, "Tabled at the meeting", false, "tabled.txt", "text/plain", "Tabled".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(3, issuing.issue(meeting.getId(), 2, "Tabled at the meeting").version(), "a supplement after the meeting");

        Meeting neverIssued = meeting(603, today);
        planning.markHeld(neverIssued.getId());
        assertEquals(MeetingStatus.HELD, em.find(Meeting.class, neverIssued.getId()).getStatus());
        assertEquals("pack.issue.tooLate", assertThrows(DomainException.class,
                () -> issuing.issue(neverIssued.getId(), 0, null)).getMessageKey());
    }

    @Test
    void wordAndTextPapersArePrintedAtUploadAndAPdfsScriptNeverReachesTheIssuedPack() throws Exception {
        Meeting meeting = meeting(605, LocalDate.of(2032, 9, 10));
        Long budget = itemId(meeting, "Budget");
        Long word = papers.upload(budget, "Partner feedback", false, "feedback.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", wordFile("Chief officers asked for fewer, clearer messages."));
        papers.upload(budget, "Budget note", false, "note.txt", "text/plain",
                "Budget note\n\nThe board is asked to note the spend to date.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        papers.upload(budget, "Scripted budget", false, "scripted.pdf", "application/pdf", HostilePdfs.withActiveContent("Scripted budget body"));
        assertTrue(papers.hasRendition(word), "the Word paper was printed once, at upload");
        assertEquals("paper.file.unreadable", assertThrows(DomainException.class, () -> papers.upload(budget, "Broken", false, "broken.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4, 0, 0, 0})).getMessageKey());

        PackIssuing.Issued issued = issuing.issue(meeting.getId(), 0, null);
        byte[] pack = em.find(PackIssue.class, issued.issueId()).getFiles().get(0).getData();
        try (PDDocument document = Loader.loadPDF(pack)) {
            String text = PdfInspection.allText(document);
            assertTrue(text.contains("Chief officers asked for fewer, clearer messages."), text);
            assertTrue(text.contains("note the spend to date"), text);
            assertTrue(text.contains("Scripted budget body - sheet 1"), text);
            var opening = document.getDocumentCatalog().getOpenAction();
            assertTrue(opening == null || opening instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination,
                    "the pack opens at a page, never by running an action: " + opening);
            assertEquals(List.of(), scot.cpib.reporting.paper.PdfCleaner.hazards(document));
        }
        assertFalse(new String(pack, java.nio.charset.StandardCharsets.ISO_8859_1).contains("app.alert"));
    }

    private static byte[] wordFile(String text) throws java.io.IOException {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void recipientsAreTheBoardWithEmailAndOnlyTheClearedGetConfidentialPapers() throws Exception {
        Meeting meeting = meeting(601, LocalDate.of(2032, 6, 10));
        Long budget = itemId(meeting, "Budget");
        papers.upload(budget, "Budget 2032/33", false, "budget.pdf", "application/pdf", SamplePdfs.textPdf("Budget body", 1));
        papers.upload(budget, "Staffing costs", true, "staffing.pdf", "application/pdf", SamplePdfs.textPdf("Secret staffing body", 2));

        PackIssuing.Issued issued = issuing.issue(meeting.getId(), 0, null);
        PackIssue issue = em.find(PackIssue.class, issued.issueId());
        PackFile general = file(issue, false);
        PackFile cleared = file(issue, true);
        assertEquals(general.getPageCount() + 2, cleared.getPageCount());
        try (PDDocument a = Loader.loadPDF(general.getData()); PDDocument b = Loader.loadPDF(cleared.getData())) {
            assertFalse(PdfInspection.allText(a).contains("Secret staffing body"));
            assertFalse(PdfInspection.allText(a).contains("Staffing costs"));
            assertTrue(PdfInspection.allText(b).contains("Secret staffing body"));
        }

        List<PackRecipient> recipients = issue.getRecipients();
        assertTrue(recipients.size() >= 10, "the board's members with an e-mail address: " + recipients.size());
        assertTrue(recipient(recipients, "Emily Lynch").isCleared(), "the secretariat's account is cleared");
        assertFalse(recipient(recipients, "Kenny Richmond").isCleared(), "a member is not");
        assertTrue(recipients.stream().allMatch(r -> r.getStatus() == DeliveryStatus.PENDING));
        PackIssuing.Notified told = issuing.notifyRecipients(issue.getId());
        assertEquals(recipients.size(), told.sent() + told.notSent());
        assertEquals(told.notSent(), told.notReached().size(), "everyone not reached is named");
        if (told.sent() == 0) {
            assertTrue(told.notReached().contains("Kenny Richmond"), told.notReached().toString());
        }
        em.clear();
        em.find(PackIssue.class, issue.getId()).getRecipients().forEach(r -> {
            assertFalse(r.getStatus() == DeliveryStatus.PENDING, r.getEmail());
            assertTrue(r.getMailLogId() != null, r.getEmail());
        });

        ActingUser.actAs("member", Role.MEMBER);
        assertArrayEquals(general.getData(), issues.download(meeting.getId(), 1).data());
        assertTrue(issues.confidentialDownloads(meeting.getId()).isEmpty(), "only the secretariat sees the list");
        assertTrue(audit(issue.getId()).stream().noneMatch(e -> "downloaded".equals(e.getOperation())));
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
        assertArrayEquals(cleared.getData(), issues.download(meeting.getId(), 1).data());
        List<AuditEntry> downloads = issues.confidentialDownloads(meeting.getId());
        assertEquals(1, downloads.size());
        assertEquals("secretariat", downloads.get(0).getUsername());
        assertTrue(downloads.get(0).getSummary().contains("version 1"), downloads.get(0).getSummary());
        assertThrows(NotFoundException.class, () -> issues.download(meeting.getId(), 9));
        ActingUser.actAs(null, null);
        assertThrows(NotFoundException.class, () -> issues.download(meeting.getId(), 1));
    }

    @Test
    void theSecretariatsCopyShowsInterestsDeclaredOnAnItemAndTheMembersCopyNever() throws Exception {
        Meeting meeting = meeting(606, LocalDate.of(2032, 11, 10));
        Long budget = itemId(meeting, "Budget");
        papers.upload(budget, "Budget 2032/33", false, "budget.pdf", "application/pdf", SamplePdfs.textPdf("Budget body", 1));
        Long kenny = em.createQuery("SELECT p.id FROM Person p WHERE p.fullName = 'Kenny Richmond'", Long.class).getSingleResult();
        interests.declare(budget, kenny, "a director of Skills Development Scotland, which bids for the budget", "took no part");
        String declared = "Declared interest: Kenny Richmond";

        try (PDDocument live = render(meeting, true); PDDocument members = render(meeting, false)) {
            String agenda = PdfInspection.flowText(live);
            assertTrue(agenda.contains(declared) && agenda.contains("which bids for the budget"), agenda);
            int page = PdfInspection.firstPageWith(live, "Declared interest");
            assertTrue(page == 2 || page == 3, "beside the item, in the agenda after the cover: page " + page);
            assertFalse(PdfInspection.allText(members).contains("Skills Development Scotland, which bids"));
            assertFalse(PdfInspection.allText(members).contains("Declared interest"));
        }

        PackIssuing.Issued issued = issuing.issue(meeting.getId(), 0, null);
        PackIssue issue = em.find(PackIssue.class, issued.issueId());
        assertEquals(2, issue.getFiles().size(), "no confidential papers, but a secretariat's copy with the declaration");
        assertFalse(issue.hasConfidentialPapers());
        ActingUser.actAs("member", Role.MEMBER);
        try (PDDocument copy = Loader.loadPDF(issues.download(meeting.getId(), 1).data())) {
            assertFalse(PdfInspection.allText(copy).contains("Declared interest"), "a member's copy never shows declarations");
            assertFalse(PdfInspection.allText(copy).contains("which bids for the budget"));
        }
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
        try (PDDocument copy = Loader.loadPDF(issues.download(meeting.getId(), 1).data())) {
            String text = PdfInspection.flowText(copy);
            assertTrue(text.contains(declared + " \u2013 a director of Skills Development Scotland"), text);
            assertTrue(text.contains("Secretariat\u2019s copy"), text);
        }
        assertTrue(issues.confidentialDownloads(meeting.getId()).get(0).getSummary().contains("secretariat's copy"));
    }

    private PDDocument render(Meeting meeting, boolean secretariat) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        tx.begin();
        try {
            renderer.render(assembler.live(em.find(Meeting.class, meeting.getId()), meeting.getDate(), secretariat), out);
        } finally {
            tx.commit();
        }
        return Loader.loadPDF(out.toByteArray());
    }

    private static String withoutFooter(String page) {
        return page.replaceAll("Page \\d+ of \\d+", "").replaceAll("pack version \\d+", "");
    }

    private static PackFile file(PackIssue issue, boolean cleared) {
        return issue.getFiles().stream().filter(f -> f.isCleared() == cleared).findFirst().orElseThrow();
    }

    private static PackRecipient recipient(List<PackRecipient> recipients, String name) {
        return recipients.stream().filter(r -> r.getPerson().getFullName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no recipient " + name));
    }

    /** A planned meeting of this test's own (numbers 600–699) with standing items and a "Budget" item. */
    private Meeting meeting(int number, LocalDate date) throws Exception {
        tx.begin();
        Meeting meeting = new Meeting(directory.board(), number, date, LocalTime.of(14, 0), LocalTime.of(16, 0));
        meeting.moveTo("Apex House", "99 Haymarket Terrace, Edinburgh EH12 5HD");
        meeting.addItem("Welcome").markStanding(StandingKind.WELCOME);
        meeting.addItem("Minute & Matters Arising").markStanding(StandingKind.MINUTE_AND_MATTERS_ARISING);
        meeting.addItem("Budget");
        meeting.addItem("AOB").markStanding(StandingKind.AOB);
        em.persist(meeting);
        tx.commit();
        return meeting;
    }

    private Long itemId(Meeting meeting, String title) {
        return em.find(Meeting.class, meeting.getId()).getAgenda().stream().filter(i -> i.getTitle().equals(title))
                .map(AgendaItem::getId).findFirst().orElseThrow();
    }

    private List<AuditEntry> audit(Long issueId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = 'PackIssue' AND e.entityId = :id", AuditEntry.class)
                .setParameter("id", issueId).getResultList();
    }
}
