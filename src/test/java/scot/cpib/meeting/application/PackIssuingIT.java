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
