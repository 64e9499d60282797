package scot.cpib.workprogramme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.board.web.LeadChoices;
import scot.cpib.it.container.ActingUser;
import scot.cpib.it.container.AddedProgrammes;
import scot.cpib.it.container.StatementCounter;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.workprogramme.application.LinkedActions;
import scot.cpib.workprogramme.application.OutcomesOverview;
import scot.cpib.workprogramme.application.ProgressUpdates;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.application.WorkstreamReads;
import scot.cpib.workprogramme.application.WorkstreamSummary;
import scot.cpib.workprogramme.application.WorkstreamView;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.MinuteDecisionLink;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.ResourceItem;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.domain.WorkstreamResource;
import scot.cpib.workprogramme.web.ProgrammePage;
import scot.cpib.workprogramme.web.WorkstreamPage;

/**
 * Issue 13, the workstream page at national scale (20 statements before): what the page shows is read
 * in one transaction, one query per kind, and the secretariat's lead choices without reading the board.
 * Adds a version of one workstream, as the national record's are, led by a person and an organisation,
 * with an update in each of 30 periods, questions, five activities of two owners each, resources,
 * outcomes, four linked actions of two owners and two decisions; reads it as the page's view does,
 * outside a transaction of the test's own; and removes what it added (the in-container tests share one
 * database). A workstream of the demo record that continues earlier ones is read as the entities read it.
 * The overview of that version, read in one transaction, does not read the version again for its
 * workstreams (11 statements before at national scale, 10 after).
 */
@ExtendWith(ArquillianExtension.class)
class WorkstreamPageStatementsIT {

    /** The bound: no page issuing more than about 10 statements. */
    private static final int MOST = 10;

    private static final int PERIODS = 30;

    private static final int ACTIVITIES = 5;

    private static final int ACTIONS = 4;

    private static final int FIRST_ACTION_NUMBER = 971;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private Directory directory;

    @Inject
    private WorkstreamPage page;

    @Inject
    private LeadChoices leadChoices;

    @Inject
    private ProgrammePage overviewPage;

    @Inject
    private OutcomesOverview outcomes;

    @Inject
    private WorkstreamReads reads;

    @Inject
    private WorkProgrammeQueries queries;

    @Inject
    private ProgressUpdates updates;

    private Long programme;

    private Long workstream;

    private final List<Long> actions = new ArrayList<>();

    private String traced = "";

    @BeforeEach
    void actAsTheSecretariat() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
    }

    @AfterEach
    void removeWhatWasAdded() throws Exception {
        if (programme == null) {
            return;
        }
        tx.begin();
        AddedProgrammes.remove(em, programme, actions);
        tx.commit();
        programme = null;
        workstream = null;
        actions.clear();
    }

    @Test
    void aWorkstreamWithUpdatesInManyPeriodsActivitiesAndLinksTakesAtMostTenStatements() throws Exception {
        addWorkstream();
        int[] shown = new int[1];
        int statements = count(() -> {
            page.setId(String.valueOf(workstream));
            page.load();
            readAsThePageDoes(shown);
            leadChoices.getToday().forEach(OwnerRef::getLabel);
            return null;
        });
        Workstream w = page.getWorkstream();
        assertEquals(2, w.getLeads().size(), "both leads");
        assertTrue(w.getLeadLabel().startsWith("Mark McAteer / "), "the leads in their order: " + w.getLeadLabel());
        assertEquals(PERIODS, page.getHistory().size(), "an update in each period");
        assertEquals("Quarter " + PERIODS, page.getHistory().get(0).getPeriod().getTitle(), "newest first");
        assertEquals("Quarter " + PERIODS, page.getOpenPeriod().getTitle(), "the version's latest period is open");
        assertEquals(ACTIVITIES, page.getActivities().size());
        assertTrue(page.getActivities().stream().allMatch(a -> a.getOwners().size() == 2), "every activity has its two owners");
        assertEquals(List.of(4, 5, 6, 7, 8), page.getActivities().stream().map(Activity::getNumber).toList(), "activities by number");
        assertEquals(3, page.getQuestions().size());
        assertFalse(page.getResources().isEmpty(), "the resources");
        assertFalse(page.getOutcomes().isEmpty(), "the outcomes served");
        LinkedActions linked = page.getActions();
        List<AgreedAction> all = new ArrayList<>(linked.getOverdue());
        all.addAll(linked.getOpen());
        all.addAll(linked.getClosed());
        assertEquals(ACTIONS, all.size(), "the secretariat sees the linked actions");
        assertTrue(all.stream().allMatch(a -> a.getOwners().size() == 2), "every linked action has its two owners");
        assertEquals(2, page.getDecisions().size(), "the decisions");
        assertTrue(page.getContinues().isEmpty(), "a first version continues nothing");
        assertTrue(shown[0] > PERIODS, "the page shows more rows than the bound: " + shown[0]);
        assertTrue(statements <= MOST, statements + " statements for a workstream of " + shown[0] + " rows:\n" + traced);
    }

    @Test
    void theOverviewOfAVersionReadsItsWorkstreamsWithoutReadingTheVersionAgain() throws Exception {
        addWorkstream();
        overviewPage.setVersion(String.valueOf(programme));
        outcomes.summary(em.find(WorkProgramme.class, programme)); // the outcomes line, kept under the data version, is not counted here
        int[] shown = new int[1];
        int statements = count(() -> {
            overviewPage.load();
            overviewPage.getProgramme().getPresentedAt();
            overviewPage.isDraft();
            overviewPage.getCurrentInstead();
            overviewPage.getOtherVersions().forEach(WorkProgramme::getTitle);
            overviewPage.isReportable();
            overviewPage.getOutcomesSummary();
            for (WorkstreamSummary row : overviewPage.getRows()) {
                row.getWorkstream().getLeads();
                row.getWorkstream().getLeadLabel();
                row.getRag();
                row.getLastUpdateDate();
                shown[0]++;
            }
            return null;
        });
        assertEquals(programme, overviewPage.getProgramme().getId());
        assertEquals(1, shown[0]);
        assertTrue(overviewPage.getRows().get(0).getWorkstream().getLeadLabel().startsWith("Mark McAteer / "));
        assertEquals(ACTIONS, overviewPage.getRows().get(0).getOpenActions(), "the linked actions are counted");
        assertTrue(overviewPage.isReportable(), "the version has periods");
        assertTrue(traced.lines().noneMatch(sql -> sql.matches("(?is).*FROM work_programme WHERE.*")),
                "no version is read on its own:\n" + traced);
        assertTrue(statements <= MOST, statements + " statements for the overview:\n" + traced);
    }

    @Test
    void aWorkstreamThatContinuesEarlierOnesShowsWhatTheEntitiesShow() {
        List<Workstream> continuing = em.createQuery("SELECT DISTINCT m.to FROM WorkstreamMapping m WHERE m.from IS NOT NULL"
                + " AND m.to IS NOT NULL", Workstream.class).getResultList();
        assertFalse(continuing.isEmpty(), "the demo record has workstreams that continue earlier ones");
        for (Workstream shown : continuing) {
            WorkstreamView view = reads.find(shown.getId(), true).orElseThrow();
            Workstream fresh = queries.getWorkstream(shown.getId());
            String which = fresh.getNumberedTitle() + " of version " + fresh.getProgramme().getVersionNumber();
            assertEquals(ids(queries.lineage(fresh).subList(1, queries.lineage(fresh).size())), ids(view.continues()), which);
            assertEquals(queries.history(fresh).stream().map(ProgressUpdate::getId).toList(),
                    view.history().stream().map(ProgressUpdate::getId).toList(), which);
            assertEquals(queries.ragHistory(fresh).stream().map(ProgressUpdate::getId).toList(),
                    view.ragHistory().stream().map(ProgressUpdate::getId).toList(), which);
            assertEquals(updates.openPeriod(fresh.getProgramme()).map(ReportingPeriod::getId),
                    view.openPeriod().map(ReportingPeriod::getId), which);
            assertEquals(queries.decisions(fresh).stream().map(MinuteDecisionLink::getId).toList(),
                    view.decisions().stream().map(MinuteDecisionLink::getId).toList(), which);
            assertEquals(fresh.getLeadLabel(), view.workstream().getLeadLabel(), which);
            assertEquals(fresh.getActivities().stream().map(Activity::getOwnerLabel).toList(),
                    view.activities().stream().map(Activity::getOwnerLabel).toList(), which);
            assertEquals(fresh.getQuestions().size(), view.questions().size(), which);
            assertEquals(fresh.getResources().stream().map(r -> r.getResource().getId()).toList(),
                    view.resources().stream().map(r -> r.getResource().getId()).toList(), which);
            LinkedActions before = queries.linkedActions(fresh);
            LinkedActions after = view.actions();
            assertEquals(before.getOverdue().stream().map(AgreedAction::getOwnerLabel).toList(),
                    after.getOverdue().stream().map(AgreedAction::getOwnerLabel).toList(), which);
            assertEquals(before.getOpen().stream().map(AgreedAction::getId).toList(), after.getOpen().stream().map(AgreedAction::getId).toList(), which);
            assertEquals(before.getClosed().stream().map(AgreedAction::getId).toList(),
                    after.getClosed().stream().map(AgreedAction::getId).toList(), which);
        }
    }

    private static List<Long> ids(List<Workstream> workstreams) {
        return workstreams.stream().map(Workstream::getId).toList();
    }

    /** What workstream.xhtml and its includes read of the page, the leads form and the lead choices aside. */
    private void readAsThePageDoes(int[] shown) {
        Workstream w = page.getWorkstream();
        w.getProgramme().getVersionNumber();
        w.getLeadLabel();
        w.getVersion();
        page.getContinues().forEach(old -> old.getProgramme().getVersionNumber());
        page.isWritable();
        page.getChart();
        page.getQuestions().forEach(q -> q.getPromptList());
        for (Activity activity : page.getActivities()) {
            activity.getReference();
            activity.getOwnerLabel();
            shown[0]++;
        }
        page.getResources().stream().map(WorkstreamResource::getResource).forEach(ResourceItem::getTitle);
        page.getOutcomes().forEach(FrameworkOutcome::getStatement);
        LinkedActions linked = page.getActions();
        for (List<AgreedAction> group : List.of(linked.getOverdue(), linked.getOpen(), linked.getClosed())) {
            for (AgreedAction action : group) {
                action.getDisplayReference();
                action.getOwnerLabel();
                shown[0]++;
            }
        }
        for (MinuteDecisionLink decision : page.getDecisions()) {
            decision.getMinuteEntry().getAgendaItem().getMeeting().getDate();
            decision.getMinuteEntry().getAgendaItem().getLabel();
            decision.getMinuteEntry().getDecisions();
        }
        for (ProgressUpdate update : page.getRagHistory()) {
            update.getWorkstream().getProgramme().getVersionNumber();
        }
        for (ProgressUpdate update : page.getHistory()) {
            update.getPeriod().getTitle();
            update.getWorkstream().getNumberedTitle();
            page.isCorrectable(update);
            shown[0]++;
        }
    }

    /**
     * A superseded version (updates are given to approved versions) of one workstream led by a person and
     * an organisation, with an update in each of 30 periods, three questions, five activities owned by both,
     * resources, two outcomes of the framework, four linked actions owned by both and two decisions.
     */
    private void addWorkstream() throws Exception {
        tx.begin();
        try {
            WorkProgramme added = new WorkProgramme(em.find(Board.class, directory.boardId()), 97, "One workstream",
                    LocalDate.of(2019, 4, 1));
            em.persist(added);
            Person person = em.createQuery("SELECT p FROM Person p WHERE p.fullName = 'Mark McAteer'", Person.class).getSingleResult();
            Organisation organisation = em.createQuery("SELECT o FROM Organisation o ORDER BY o.id", Organisation.class)
                    .setMaxResults(1).getSingleResult();
            List<OwnerRef> owners = List.of(OwnerRef.of(person), OwnerRef.of(organisation));
            Workstream ws = added.addWorkstream(1, "Workstream of many rows", "Aim");
            ws.assignLeads(owners);
            for (int i = 1; i <= 3; i++) {
                ws.addQuestion(i, "Question " + i, "First prompt\nSecond prompt");
            }
            for (int i = 1; i <= ACTIVITIES; i++) {
                ws.addActivity(ws.nextItemNumber(), "Activity " + i, owners, PartialDate.onDay(LocalDate.of(2020, i, 1)));
            }
            for (ResourceItem resource : em.createQuery("SELECT r FROM ResourceItem r ORDER BY r.id", ResourceItem.class)
                    .setMaxResults(3).getResultList()) {
                ws.linkResource(resource, "Note");
            }
            em.createQuery("SELECT o FROM FrameworkOutcome o ORDER BY o.id", FrameworkOutcome.class).setMaxResults(2)
                    .getResultList().forEach(ws::serve);
            List<ReportingPeriod> periods = new ArrayList<>();
            for (int i = 0; i < PERIODS; i++) {
                LocalDate start = LocalDate.of(2019, 4, 1).plusMonths(3L * i);
                ReportingPeriod period = new ReportingPeriod(added, "Quarter " + (i + 1), start, start.plusMonths(3).minusDays(1), null);
                em.persist(period);
                periods.add(period);
            }
            em.flush();
            programme = added.getId();
            workstream = ws.getId();
            em.createQuery("UPDATE WorkProgramme p SET p.status = :superseded WHERE p.id = :id")
                    .setParameter("superseded", ProgrammeStatus.SUPERSEDED).setParameter("id", programme).executeUpdate();
            em.refresh(added);
            LocalDateTime at = LocalDateTime.of(2019, 7, 1, 9, 0);
            for (ReportingPeriod period : periods) {
                em.persist(ProgressUpdate.noUpdateProvided(ws, period, "secretariat", at));
            }
            AgendaItem item = em.createQuery("SELECT i FROM AgendaItem i WHERE i.meeting.board.id = :board ORDER BY i.meeting.date, i.id",
                    AgendaItem.class).setParameter("board", directory.boardId()).setMaxResults(1).getSingleResult();
            for (int i = 0; i < ACTIONS; i++) {
                AgreedAction action = new AgreedAction(item, FIRST_ACTION_NUMBER + i, "Linked action " + i, owners,
                        PartialDate.onDay(LocalDate.of(2020, 1, 1).plusDays(i)), at);
                action.linkTo(ws, null);
                em.persist(action);
                em.flush();
                actions.add(action.getId());
            }
            for (MinuteEntry entry : em.createQuery("SELECT e FROM MinuteEntry e WHERE e.agendaItem.meeting.board.id = :board"
                    + " ORDER BY e.id", MinuteEntry.class).setParameter("board", directory.boardId()).setMaxResults(2).getResultList()) {
                em.persist(new MinuteDecisionLink(entry, ws, null));
            }
            tx.commit();
        } catch (Exception | AssertionError e) {
            tx.rollback();
            programme = null;
            actions.clear();
            throw e;
        }
    }

    private int count(Callable<?> reads) throws Exception {
        StatementCounter.Counted counted = StatementCounter.counted(getClass(), em, reads);
        traced = counted.statements();
        return counted.count();
    }
}
