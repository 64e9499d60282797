package scot.cpib.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.application.SectionSnapshot;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.Figure;
import scot.cpib.annualreport.domain.ReportSection;
import scot.cpib.annualreport.domain.ReportStatus;
import scot.cpib.annualreport.domain.SectionKind;
import scot.cpib.it.container.ActingUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.OutcomeEvidence;

/**
 * The annual report drafted from the demo record for the year to February 2019 (1 March 2018 to 28 February
 * 2019: the 14th and 15th meetings held, the 16th on 28 February only planned), its narrative under
 * optimistic locking, and the note a refresh leaves when figures change after review began.
 */
@ExtendWith(ArquillianExtension.class)
class AnnualReportIT {

    private static final LocalDate YEAR_START = LocalDate.of(2018, 3, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2019, 2, 28);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private AnnualReports reports;

    @BeforeEach
    void secretariatActs() {
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
    }

    /** The report for the year to February 2019: the one started earlier in this run, or a new one. */
    private AnnualReport yearToFebruary2019() {
        return reports.list().stream().filter(r -> r.getPeriodStart().equals(YEAR_START) && r.getPeriodEnd().equals(YEAR_END))
                .findFirst().orElseGet(() -> reports.start("CPIB annual report: year to February 2019", YEAR_START, YEAR_END));
    }

    private static List<Figure> figures(AnnualReport report, SectionKind kind) {
        return report.section(kind).orElseThrow().getFigureList();
    }

    private static String value(List<Figure> figures, String label) {
        return figures.stream().filter(f -> f.label().equals(label)).map(Figure::value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + label + " in " + figures));
    }

    private static String valueStartingWith(List<Figure> figures, String labelStart) {
        return figures.stream().filter(f -> f.label().startsWith(labelStart)).map(Figure::value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure starting " + labelStart + " in " + figures));
    }

    @Test
    void meetingsHeldAndAttendanceByOrganisationComeFromTheRecord() {
        List<Figure> meetings = figures(yearToFebruary2019(), SectionKind.MEETINGS);
        assertEquals("2", value(meetings, "Meetings held"), "the 14th and 15th; the 16th (28 February 2019) is not held yet");
        assertEquals("13 present, 4 apologies, 0 in attendance", value(meetings, "15th meeting, 28 November 2018"));
        assertEquals("0 present, 0 apologies, 0 in attendance", value(meetings, "14th meeting, 29 August 2018"));
        assertEquals("at 1 of 2 meetings (2 attendances)", value(meetings, "Present from Improvement Service"));
        assertEquals("at 1 of 2 meetings (2 attendances)", value(meetings, "Present from Scottish Government"));
        assertEquals("at 1 of 2 meetings (1 attendances)", value(meetings, "Present from Scottish Enterprise"));
        assertEquals(11, meetings.stream().filter(f -> f.label().startsWith("Present from ")).count(),
                "eleven organisations were present on 28 November 2018");
        assertTrue(meetings.stream().noneMatch(f -> f.label().equals("Present from Skills Development Scotland")),
                "an organisation that sent apologies only was not present");
    }

    @Test
    void decisionsAreTheMinutesDecisionsItemByItem() {
        List<Figure> decisions = figures(yearToFebruary2019(), SectionKind.DECISIONS);
        assertEquals("8", value(decisions, "Agenda items with decisions recorded"), "12 minuted items, of which 1, 4, 6 and 9 have no decision");
        assertTrue(valueStartingWith(decisions, "15th meeting, item 5:").startsWith("The CPIB agreed the issue was of significant importance"),
                decisions.toString());
    }

    @Test
    void actionsAgreedCompletedAndOverdueAtThePeriodsEnd() {
        List<Figure> actions = figures(yearToFebruary2019(), SectionKind.ACTIONS);
        assertEquals("21", value(actions, "Actions agreed"));
        assertEquals("5", value(actions, "Agreed at the 14th meeting, 29 August 2018"));
        assertEquals("16", value(actions, "Agreed at the 15th meeting, 28 November 2018"));
        assertEquals("1", value(actions, "Complete by 28 February 2019"), "14/5/1, completed on 28 November 2018");
        assertEquals("19", value(actions, "Still open on 28 February 2019"), "14/2/2 was covered under another item");
        assertEquals("5", value(actions, "Overdue on 28 February 2019"),
                "15/4ii/3 and 15/6/1 (December 2018), 15/8/1, 15/8/2 and 15/9/1 (January 2019); February is not over on the 28th");
    }

    @Test
    void workstreamsShowTheirRagForEachReportingPeriodOfTheYear() {
        List<Figure> workstreams = figures(yearToFebruary2019(), SectionKind.WORKSTREAMS);
        assertEquals("7", value(workstreams, "Workstreams with progress updates"));
        assertEquals("Year to November 2018: not rated", valueStartingWith(workstreams, "Workstream 1. "));
        assertEquals("Year to November 2018: no update", valueStartingWith(workstreams, "Workstream 5. "),
                "Appendix 2: workstream 5, no update provided");
    }

    @Test
    void engagementLearningAndEvidencePerMessageLeaveOutSampleRecords() {
        AnnualReport report = yearToFebruary2019();
        List<Figure> engagement = figures(report, SectionKind.ENGAGEMENT);
        assertEquals("2", value(engagement, "Engagements logged"), "the action learning programme and its shared learning event");
        assertEquals("0 of 7", value(engagement, "Planned group and message pairs delivered"),
                "the engagements of 2018 carried no core message: the strategy came in February 2019");
        String firstMessage = valueStartingWith(engagement, "Core message 1.");
        assertTrue(firstMessage.startsWith("Groups reached: none. Gaps: Chief Officers/senior leaders"), firstMessage);
        List<Figure> learning = figures(report, SectionKind.LEARNING);
        assertEquals("2", value(learning, "Engagements with learning recorded"));
        assertEquals("Not carried by any engagement logged in the period",
                valueStartingWith(figures(report, SectionKind.MESSAGE_EVIDENCE), "Core message 7."));
        assertEquals("0", value(figures(report, SectionKind.OUTCOMES), "Evidence recorded against outcomes"),
                "the pack records no evidence against the framework");
    }

    @Test
    void secondReportForTheSamePeriodIsRefusedAtThePeriod() {
        AnnualReport existing = yearToFebruary2019();
        DomainException e = assertThrows(DomainException.class, () -> reports.start("Again", YEAR_START, YEAR_END));
        assertEquals("report.period.taken", e.getMessageKey());
        assertEquals("periodStart", e.getField());
        assertEquals(existing.getTitle(), e.getArguments()[0]);
    }

    @Test
    void onlyTheSecretariatStartsReportsAndWritesNarrativeWhileMembersRead() {
        AnnualReport report = yearToFebruary2019();
        ReportSection meetings = report.section(SectionKind.MEETINGS).orElseThrow();
        ActingUser.actAs("member", "Kenny Richmond", Role.MEMBER);
        assertEquals("report.notAllowed", assertThrows(DomainException.class,
                () -> reports.start("Member's report", LocalDate.of(2017, 3, 1), LocalDate.of(2018, 2, 28))).getMessageKey());
        assertEquals("report.notAllowed", assertThrows(DomainException.class,
                () -> reports.saveNarrative(meetings.getId(), meetings.getVersion(), "Mine")).getMessageKey());
        assertTrue(reports.find(report.getId()).isPresent(), "a member reads the report");
        ActingUser.actAs("anonymous", null);
        assertTrue(reports.find(report.getId()).isEmpty(), "the public does not see a draft");
        assertTrue(reports.list().isEmpty());
    }

    @Test
    void narrativeSavedFromAStaleFormIsAConflictCarryingTheSavedText() {
        ReportSection section = yearToFebruary2019().section(SectionKind.DECISIONS).orElseThrow();
        ReportSection saved = reports.saveNarrative(section.getId(), section.getVersion(),
                "  The board agreed its revised purpose and a new name.  ");
        assertEquals("The board agreed its revised purpose and a new name.", saved.getNarrative());
        assertEquals("secretariat", saved.getNarrativeUpdatedBy());
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> reports.saveNarrative(section.getId(), section.getVersion(), "Typed in an older form"));
        SectionSnapshot theirs = conflict.theirs(SectionSnapshot.class);
        assertEquals("The board agreed its revised purpose and a new name.", theirs.narrative());
        assertEquals(saved.getVersion(), theirs.version());
        assertEquals("The board agreed its revised purpose and a new name.",
                em.find(ReportSection.class, section.getId()).getNarrative(), "the stale save changed nothing");
        List<AuditEntry> trail = em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = 'ReportSection'"
                + " AND e.entityId = :id AND e.field = 'narrative' ORDER BY e.id DESC", AuditEntry.class)
                .setParameter("id", section.getId()).getResultList();
        assertEquals("The board agreed its revised purpose and a new name.", trail.get(0).getNewValue());
    }

    @Test
    void refreshAfterReviewBeganNotesTheChangedFiguresOnlyWhereTheyChanged() throws Exception {
        LocalDate start = LocalDate.of(2041, 1, 1);
        LocalDate end = LocalDate.of(2041, 12, 31);
        AnnualReport report = reports.start("Report of a year with nothing yet", start, end);
        assertEquals("0", value(figures(report, SectionKind.OUTCOMES), "Evidence recorded against outcomes"));
        assertTrue(reports.refresh(report.getId()).isEmpty(), "nothing changed");
        report = reports.beginReview(report.getId(), reports.get(report.getId()).getVersion());
        assertEquals(ReportStatus.IN_REVIEW, report.getStatus());
        Long evidenceId = recordEvidence(LocalDate.of(2041, 6, 1));
        try {
            List<ReportSection> changed = reports.refresh(report.getId());
            assertEquals(List.of(SectionKind.OUTCOMES), changed.stream().map(ReportSection::getKind).toList());
            AnnualReport refreshed = em.find(AnnualReport.class, report.getId());
            ReportSection outcomes = refreshed.section(SectionKind.OUTCOMES).orElseThrow();
            assertTrue(outcomes.isChangedAfterReviewBegan());
            assertTrue(outcomes.getFiguresChangedNote().startsWith("Evidence recorded against outcomes; Outcomes with evidence; "),
                    outcomes.getFiguresChangedNote());
            assertEquals("1", value(outcomes.getFigureList(), "Evidence recorded against outcomes"));
            assertFalse(refreshed.section(SectionKind.MEETINGS).orElseThrow().isChangedAfterReviewBegan());
            assertNull(refreshed.section(SectionKind.ACTIONS).orElseThrow().getFiguresChangedNote());
        } finally {
            removeEvidence(evidenceId);
        }
        assertTrue(em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.entityType = 'AnnualReport' AND e.entityId = :id"
                + " AND e.operation = 'figures refreshed'", Long.class).setParameter("id", report.getId()).getSingleResult() >= 2);
    }

    private Long recordEvidence(LocalDate on) throws Exception {
        transaction.begin();
        try {
            FrameworkOutcome outcome = em.createQuery("SELECT o FROM FrameworkOutcome o ORDER BY o.id", FrameworkOutcome.class)
                    .setMaxResults(1).getSingleResult();
            OutcomeEvidence evidence = outcome.recordEvidence("Partners report a shared priority", "AnnualReportIT", null, on,
                    "secretariat");
            em.flush();
            transaction.commit();
            return evidence.getId();
        } catch (Exception | AssertionError e) {
            transaction.rollback();
            throw e;
        }
    }

    private void removeEvidence(Long id) throws Exception {
        transaction.begin();
        OutcomeEvidence evidence = em.find(OutcomeEvidence.class, id);
        em.createQuery("DELETE FROM OutcomeEvidence e WHERE e.id = :id").setParameter("id", evidence.getId()).executeUpdate();
        transaction.commit();
    }
}
