package scot.cpib.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.application.ReportDisseminations;
import scot.cpib.annualreport.application.ReportDocuments;
import scot.cpib.annualreport.application.ReportFigures;
import scot.cpib.annualreport.application.ReportPublication;
import scot.cpib.annualreport.application.ReportReviews;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.Dissemination;
import scot.cpib.annualreport.domain.Figure;
import scot.cpib.annualreport.domain.ReportSection;
import scot.cpib.annualreport.domain.ReportStatus;
import scot.cpib.annualreport.domain.SectionKind;
import scot.cpib.engagement.application.EngagementCoverage;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.Coverage;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.engagement.domain.Period;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.it.container.ActingUser;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.reporting.PdfInspection;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.DomainException;

/**
 * Approval against a decision in a meeting's minute, publication, and the published report as a tagged PDF
 * (the pack's PDF/UA checks) and as Word, whose figures are the record's. The report covers 2 March 2018 to 28
 * February 2019: the demo year's meetings (14th and 15th), in a period no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
class ReportPublicationIT {

    private static final LocalDate START = LocalDate.of(2018, 3, 2);
    private static final LocalDate END = LocalDate.of(2019, 2, 28);

    @Inject
    private AnnualReports reports;

    @Inject
    private ReportReviews reviews;

    @Inject
    private ReportPublication publication;

    @Inject
    private ReportDocuments documents;

    @Inject
    private ReportFigures figures;

    @Inject
    private BoardClock clock;

    @Inject
    private ReportDisseminations disseminations;

    @Inject
    private EngagementStrategies strategies;

    @Inject
    private EngagementCoverage engagementCoverage;

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
    }

    private MinuteEntry approvingDecision() {
        return publication.decisions().stream()
                .filter(e -> e.getAgendaItem().getMeeting().getNumber() == 15).findFirst().orElseThrow();
    }

    @Test
    void approvedAgainstAMinuteThenPublishedTheReportIsPublicAsATaggedPdfWhoseFiguresAreTheRecords() throws Exception {
        AnnualReport report = reports.start("CPIB annual report: publication test", START, END);
        ReportSection meetings = report.section(SectionKind.MEETINGS).orElseThrow();
        reports.saveNarrative(meetings.getId(), meetings.getVersion(), "The board met twice.");
        assertEquals("report.approve.notInReview", assertThrows(DomainException.class,
                () -> publication.approve(report.getId(), reports.get(report.getId()).getVersion(), approvingDecision().getId()))
                .getMessageKey(), "a draft is not approved");
        reviews.sendRound(report.getId(), reports.get(report.getId()).getVersion(), clock.today().plusDays(7), null);
        assertEquals("report.publish.notApproved", assertThrows(DomainException.class,
                () -> publication.publish(report.getId(), reports.get(report.getId()).getVersion())).getMessageKey());
        assertEquals("decision", assertThrows(DomainException.class,
                () -> publication.approve(report.getId(), reports.get(report.getId()).getVersion(), null)).getField());

        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        assertEquals("report.notAllowed", assertThrows(DomainException.class,
                () -> publication.approve(report.getId(), reports.get(report.getId()).getVersion(), approvingDecision().getId()))
                .getMessageKey());
        ActingUser.actAs("anonymous", null);
        assertTrue(publication.findPublished(report.getId()).isEmpty(), "the public does not see a report in review");

        secretariatActs();
        MinuteEntry decision = approvingDecision();
        AnnualReport approved = publication.approve(report.getId(), reports.get(report.getId()).getVersion(), decision.getId());
        assertEquals(ReportStatus.APPROVED, approved.getStatus());
        assertEquals(decision, approved.getApprovedBy());
        ActingUser.actAs("anonymous", null);
        assertTrue(publication.findPublished(report.getId()).isEmpty(), "approved is not yet published");

        secretariatActs();
        publication.publish(report.getId(), reports.get(report.getId()).getVersion());
        ActingUser.actAs("anonymous", null);
        AnnualReport published = publication.findPublished(report.getId()).orElseThrow();
        assertTrue(publication.published().contains(published));

        Map<SectionKind, List<Figure>> record = figures.compute(published.getBoard(), START, END);
        for (ReportSection section : published.getSections()) {
            assertEquals(record.getOrDefault(section.getKind(), List.of()), section.getFigureList(),
                    "the published figures are the record's: " + section.getKind());
        }

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        documents.pdf(published, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertNotNull(document.getDocumentCatalog().getStructureTreeRoot(), "structure tree");
            assertFalse(document.getDocumentCatalog().getStructureTreeRoot().getKids().isEmpty());
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals("CPIB annual report: publication test", document.getDocumentInformation().getTitle());
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            String text = PdfInspection.flowText(document);
            assertTrue(text.contains("The board met twice."), text);
            assertTrue(text.contains("Approved by the board at its 15th meeting on 28 November 2018"), text);
            for (SectionKind kind : List.of(SectionKind.MEETINGS, SectionKind.ACTIONS)) {
                for (Figure figure : record.get(kind)) {
                    assertTrue(text.replaceAll("\\s", "").contains(figure.value().replaceAll("\\s", "")),
                            "the PDF shows " + figure + " in: " + text);
                }
            }
            assertTrue(text.contains("Meetings held 2"), text);
            assertTrue(text.contains("15th meeting, 28 November 2018 13 present, 4 apologies, 0 in attendance"), text);
            assertEquals(SectionKind.values().length, PdfInspection.bookmarks(document).size(), "a bookmark per section");
        }

        secretariatActs();
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        documents.docx(published, word);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("CPIB annual report: publication test"));
            assertTrue(text.contains("Meetings and attendance"));
            assertTrue(text.contains("The board met twice."));
            assertTrue(text.contains("Meetings held\t2"), text);
        }
    }

    @Test
    void aMembersDisseminationIsAnEngagementDeliveringTheCoreMessagesAndCountsInCoverage() {
        AnnualReport report = reports.start("Dissemination test report 2057", LocalDate.of(2057, 1, 1), LocalDate.of(2057, 12, 31));
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        StakeholderGroup group = strategies.groups().get(0);
        Long channel = strategies.channels().get(0).getId();
        LocalDate on = clock.today().minusDays(1);
        assertEquals("dissemination.notApproved", assertThrows(DomainException.class, () -> disseminations.record(report.getId(),
                on, "SE leadership team", null, channel, List.of(group.getId()), null)).getMessageKey());
        secretariatActs();
        reviews.sendRound(report.getId(), reports.get(report.getId()).getVersion(), clock.today().plusDays(7), null);
        publication.approve(report.getId(), reports.get(report.getId()).getVersion(), approvingDecision().getId());
        assertEquals("dissemination.notMember", assertThrows(DomainException.class, () -> disseminations.record(report.getId(),
                on, "Secretariat's own network", null, channel, List.of(group.getId()), null)).getMessageKey(),
                "the secretariat does not disseminate for a member");

        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        assertEquals("network", assertThrows(DomainException.class, () -> disseminations.record(report.getId(),
                on, " ", null, channel, List.of(group.getId()), null)).getField());
        Dissemination done = disseminations.record(report.getId(), on, "Scottish Enterprise leadership team",
                "12 directors", channel, List.of(group.getId()), 12);
        EngagementRecord engagement = done.getEngagement();
        assertEquals("Kenny Richmond", engagement.getPerson().getFullName());
        assertEquals("Scottish Enterprise", done.getOrganisation().getName());
        assertEquals("Scottish Enterprise leadership team", engagement.getEventName());
        assertEquals(disseminations.messages().stream().map(CoreMessage::getId).collect(java.util.stream.Collectors.toSet()),
                engagement.getMessages().stream().map(CoreMessage::getId).collect(java.util.stream.Collectors.toSet()),
                "it delivers the report's core messages");
        assertFalse(engagement.getMessages().isEmpty());

        Coverage coverage = engagementCoverage.of(new Period(on, on), true);
        CoreMessage first = disseminations.messages().get(0);
        assertTrue(java.util.stream.Stream.concat(coverage.planned().stream(), coverage.unplanned().stream())
                .filter(c -> c.group().equals(group) && c.message().equals(first))
                .anyMatch(c -> c.records().contains(engagement)), "coverage counts the dissemination");
        assertEquals(List.of(done), disseminations.of(report.getId()));
    }
}
