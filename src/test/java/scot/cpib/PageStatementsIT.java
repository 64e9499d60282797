package scot.cpib;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.domain.ActionOwner;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.it.container.ActingUser;
import scot.cpib.it.container.StatementCounter;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.application.MinuteQueries;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.engagement.domain.CellCoverage;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementPlan;
import scot.cpib.engagement.web.CoveragePage;
import scot.cpib.security.domain.Role;
import scot.cpib.workprogramme.application.LinkedActions;
import scot.cpib.workprogramme.application.WorkstreamSummary;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.MinuteDecisionLink;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.domain.WorkstreamResource;
import scot.cpib.workprogramme.web.ProgrammePage;
import scot.cpib.workprogramme.web.WorkstreamPage;

/**
 * Issue 13: what the pages around the lists read costs a fixed number of SQL statements, however many
 * members, agenda items or actions they show. Each test reads as its page
 * does, as the secretariat and outside a transaction as the pages read (so nothing is found again in a
 * shared persistence context that the page would not have), on the demo record, and counts the statements with
 * EclipseLink's session events. The bounds are what the reads cost after issue 13's changes; a query
 * per row would break them.
 */
@ExtendWith(ArquillianExtension.class)
class PageStatementsIT {

    /** The bound: no page issuing more than about 10 statements. */
    private static final int MOST = 10;

    /**
     * The minute shows more kinds of things than that (meeting, entries, amendments, items, sub-items,
     * attendance, declarations, actions, owners, people, organisations, notes): one query per kind, never
     * one per row.
     */
    private static final int MOST_FOR_MANY_KINDS = 16;

    /**
     * The meeting page: the meeting (with the previous and the approving meeting joined), items,
     * sub-items, papers, presenters, their organisations, attendances, attendees, their organisations,
     * the organisations attended for, and the members a substitute came for: one query per kind.
     */
    private static final int MOST_FOR_THE_MEETING_PAGE = 11;

    /**
     * A workstream page shows many kinds of things, one query per kind, never one per row: the
     * workstream with its version; for each earlier version it continues (two on the demo record), the
     * mappings, the workstreams and their versions; the updates of each, their periods; leads and who
     * they are (people, organisations); the open period; activities and their owners; questions;
     * resources; outcomes; linked actions, their owners, notes and the notes' meetings; decisions with
     * their entries, items and meetings joined. 36 statements before issue 13's last round.
     */
    private static final int MOST_FOR_A_WORKSTREAM = 25;

    /**
     * The overview: versions (with the meeting each was presented at), workstreams, their versions,
     * what they continue, the outstanding actions' due dates, the latest updates, the reporting periods,
     * the outcomes summary (three counts) and the leads with who they are. 92 statements before.
     */
    private static final int MOST_FOR_THE_OVERVIEW = 14;

    /**
     * Coverage: the strategy (with the meeting that approved it), its plans, their groups, the plans'
     * messages, the strategy's messages; the period's records, their channels, people, organisations,
     * groups and messages: one query per kind, however many records and cells (7 on the demo record as
     * loaded, 12 once records with groups and messages are in the period, as other tests add).
     */
    private static final int MOST_FOR_COVERAGE = 12;

    @PersistenceContext
    private EntityManager em;

    /** The statements the last count saw, for a failing test's message. */
    private String traced = "";

    @Inject
    private WorkstreamPage workstreamPage;

    @Inject
    private ProgrammePage programmePage;

    @Inject
    private CoveragePage coveragePage;

    @Inject
    private Directory directory;

    @Inject
    private Owners owners;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private MinuteQueries minutes;

    /** The secretariat, who reads every page (the benchmark signs in as the secretariat too). */
    @BeforeEach
    void actAsTheSecretariat() {
        ActingUser.actAs("secretariat", Role.SECRETARIAT);
    }

    @Test
    void theRegistersOwnerChoicesAreTwoQueriesHoweverManyMembers() throws Exception {
        long board = directory.boardId();
        List<OwnerRef>[] choices = new List[1];
        int statements = count(() -> choices[0] = owners.of(board, LocalDate.of(2019, 2, 28)));
        assertTrue(choices[0].size() > 10, "the demo board offers more owners than a query each would allow: " + choices[0].size());
        assertTrue(statements <= 2, statements + " statements for " + choices[0].size() + " owner choices");
    }

    @Test
    void thePickersChoicesWithTheRolesAndTheirHoldersAreTwoQueries() throws Exception {
        Board board = directory.board();
        List<OwnerRef>[] choices = new List[1];
        int statements = count(() -> choices[0] = owners.choicesOn(board, LocalDate.of(2019, 2, 28)));
        assertTrue(choices[0].stream().anyMatch(o -> o.role() != null),
                "the demo board's chair is offered as a role: " + choices[0]);
        assertTrue(statements <= 2, statements + " statements for the roles and " + choices[0].size()
                + " owner choices (each role and its holder were read one by one before):\n" + traced);
    }

    @Test
    void theCalendarFeedReadsEveryMeetingsAgendaInThreeStatements() throws Exception {
        directory.boardId();
        int[] items = new int[1];
        int statements = count(() -> {
            for (Meeting meeting : meetings.visibleMeetingsWithAgendas()) {
                items[0] += meeting.getAgendaInReadingOrder().size();
            }
            return null;
        });
        assertTrue(items[0] > 10, "the demo record's meetings have more agenda items than a query each would allow: " + items[0]);
        assertTrue(statements <= 3, statements + " statements for the meetings and " + items[0]
                + " agenda items and sub-items (the feed read each meeting's items and each item's sub-items before):\n" + traced);
    }

    @Test
    void theMinuteReadsItsEntriesActionsOwnersAndAttendanceInAFewStatements() throws Exception {
        long id = meetingWithMostActions();
        int[] shown = new int[1];
        int statements = count(() -> {
            Meeting meeting = meetings.findVisible(id).orElseThrow();
            var entries = minutes.entriesOf(meeting);
            var actions = minutes.actionsOf(meeting);
            meeting.getAttendances().forEach(Attendance::getMinuteLabel);
            for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
                MinuteEntry entry = entries.get(item.getId());
                if (entry != null) {
                    entry.getAmendments().size();
                }
                for (AgreedAction action : actions.getOrDefault(item.getId(), List.of())) {
                    readAsAListDoes(action);
                    shown[0]++;
                }
            }
            return null;
        });
        assertTrue(shown[0] > MOST, "the meeting's minute has more actions than the bound: " + shown[0]);
        assertTrue(statements <= MOST_FOR_MANY_KINDS, statements + " statements for a minute of " + shown[0] + " actions");
    }

    @Test
    void theMeetingPageReadsAgendaPapersAndAttendanceInAFewStatements() throws Exception {
        long id = meetingWithMostActions();
        int statements = count(() -> {
            Meeting meeting = meetings.findVisible(id).orElseThrow();
            if (meeting.getPreviousMeeting() != null) {
                meeting.getPreviousMeeting().getOrdinal();
            }
            if (meeting.getMinuteApprovedAt() != null) {
                meeting.getMinuteApprovedAt().getOrdinal();
            }
            for (AgendaItem item : meeting.getAgenda()) {
                item.getPapers().size();
                if (item.getPresenter() != null) {
                    item.getPresenter().getDisplayName();
                }
                item.getSubItems().forEach(sub -> sub.getPapers().size());
            }
            meeting.getAttendances().forEach(Attendance::getMinuteLabel);
            return null;
        });
        assertTrue(statements <= MOST_FOR_THE_MEETING_PAGE, statements + " statements for the meeting page's reads");
    }

    @Test
    void aWorkstreamPageReadsItsUpdatesActivitiesAndLinksInAFewStatements() throws Exception {
        String id = String.valueOf(workstreamWithMostActivities());
        int[] shown = new int[1];
        int statements = count(() -> {
            workstreamPage.setId(id);
            workstreamPage.load();
            Workstream workstream = workstreamPage.getWorkstream();
            workstream.getProgramme().getVersionNumber();
            workstream.getLeadLabel();
            workstreamPage.getContinues();
            workstreamPage.isWritable();
            workstreamPage.getChart();
            for (Activity activity : workstream.getActivities()) {
                activity.getOwnerLabel();
                shown[0]++;
            }
            workstream.getQuestions().forEach(question -> question.getPromptList());
            workstream.getResources().stream().map(WorkstreamResource::getResource).forEach(resource -> resource.getTitle());
            workstreamPage.getOutcomes();
            LinkedActions actions = workstreamPage.getActions();
            actions.getOverdue().forEach(PageStatementsIT::readAsAListDoes);
            actions.getOpen().forEach(PageStatementsIT::readAsAListDoes);
            actions.getClosed().forEach(PageStatementsIT::readAsAListDoes);
            for (MinuteDecisionLink decision : workstreamPage.getDecisions()) {
                decision.getMinuteEntry().getAgendaItem().getMeeting().getId();
                decision.getMinuteEntry().getDecisions();
            }
            for (ProgressUpdate update : workstreamPage.getHistory()) {
                update.getPeriod().getTitle();
                update.getWorkstream().getNumberedTitle();
                workstreamPage.isCorrectable(update);
                shown[0]++;
            }
            return null;
        });
        assertTrue(shown[0] > 5, "the workstream has activities and updates to show: " + shown[0]);
        assertTrue(statements <= MOST_FOR_A_WORKSTREAM, statements + " statements for a workstream of " + shown[0]
                + " activities and updates:\n" + traced);
    }

    @Test
    void theProgrammeOverviewReadsEveryWorkstreamInAFewStatements() throws Exception {
        int[] shown = new int[1];
        int statements = count(() -> {
            programmePage.load();
            programmePage.getOtherVersions().forEach(version -> version.getTitle());
            programmePage.getCurrentInstead();
            programmePage.isReportable();
            programmePage.getOutcomesSummary();
            for (WorkstreamSummary row : programmePage.getRows()) {
                row.getWorkstream().getLeadLabel();
                row.getRag();
                row.getLastUpdateDate();
                shown[0]++;
            }
            return null;
        });
        assertTrue(shown[0] > 3, "the overview shows the demo programme's workstreams: " + shown[0]);
        assertTrue(statements <= MOST_FOR_THE_OVERVIEW, statements + " statements for an overview of " + shown[0] + " workstreams:\n" + traced);
    }

    @Test
    void coverageReadsTheStrategyAndItsRecordsInAFewStatements() throws Exception {
        int[] shown = new int[1];
        int statements = count(() -> {
            coveragePage.load();
            for (EngagementPlan plan : coveragePage.getStrategy().getPlans()) {
                plan.getGroup().getName();
                for (CoreMessage message : coveragePage.getStrategy().getMessages()) {
                    CellCoverage cell = coveragePage.cell(plan.getGroup(), message);
                    if (cell != null && cell.isDelivered()) {
                        coveragePage.deliveredBy(cell);
                    }
                    shown[0]++;
                }
            }
            coveragePage.getBars();
            return null;
        });
        assertTrue(shown[0] > MOST, "the demo strategy's matrix has more cells than the bound: " + shown[0]);
        assertTrue(statements <= MOST_FOR_COVERAGE, statements + " statements for coverage of " + shown[0] + " cells:\n" + traced);
    }

    /** The workstream of the demo record with the most activities (the demo's workstreams have an update or two each). */
    private long workstreamWithMostActivities() {
        List<Object[]> rows = em.createQuery("SELECT a.workstream.id, COUNT(a) FROM Activity a"
                        + " GROUP BY a.workstream.id ORDER BY COUNT(a) DESC, a.workstream.id DESC", Object[].class)
                .setMaxResults(1).getResultList();
        assertFalse(rows.isEmpty(), "the demo record has a workstream with activities");
        return (Long) rows.get(0)[0];
    }

    /** The meeting of the demo record that agreed the most actions. */
    private long meetingWithMostActions() {
        List<Object[]> rows = em.createQuery("SELECT a.meeting.id, COUNT(a) FROM AgreedAction a WHERE a.meeting IS NOT NULL"
                        + " GROUP BY a.meeting.id ORDER BY COUNT(a) DESC", Object[].class)
                .setMaxResults(1).getResultList();
        assertFalse(rows.isEmpty(), "the demo record has a meeting with actions");
        return (Long) rows.get(0)[0];
    }

    private static void readAsAListDoes(AgreedAction action) {
        action.getOwnerLabel();
        for (ActionOwner owner : action.getOwners()) {
            if (owner.getPerson() != null && owner.getPerson().getOrganisation() != null) {
                owner.getPerson().getOrganisation().getName();
            }
        }
        action.latestProgress();
        action.getDisplayReference();
    }

    private int count(Callable<?> reads) throws Exception {
        StatementCounter.Counted counted = StatementCounter.counted(getClass(), em, reads);
        assertTrue(counted.count() > 0, "the counter saw the queries");
        traced = counted.statements();
        return counted.count();
    }
}
