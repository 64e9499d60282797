package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import scot.cpib.api.model.ProgressUpdateDto;
import scot.cpib.api.model.WorkProgrammeDto;
import scot.cpib.api.model.WorkstreamDto;
import scot.cpib.api.model.WorkstreamSummaryDto;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.it.container.AddedProgrammes;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.it.container.StatementCounter;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.ResourceItem;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * Issue 13: GET /api/v1/workprogrammes/{id} and GET /api/v1/workstreams/{id} cost a fixed number of
 * SQL statements however many workstreams, leads, updates and reporting periods there are (96 and 67
 * at national scale before: each workstream's leads and updates and each update's period read on
 * their own). Adds an approved version of 12 workstreams, each with a person and an organisation as
 * leads and an update, the first with 15 updates in 15 periods, activities with owners, resources and
 * four linked actions; calls the resources as a request does, outside any transaction of the test's
 * own; and removes what it added (the in-container tests share one database).
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeApiStatementsIT {

    /** The bound: no page issuing more than about 10 statements. */
    private static final int MOST = 10;

    private static final int WORKSTREAMS = 12;

    private static final int PERIODS = 15;

    private static final int ACTIONS = 4;

    private static final int FIRST_ACTION_NUMBER = 961;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private Directory directory;

    @Inject
    private WorkProgrammesResource programmeResource;

    @Inject
    private WorkstreamsResource workstreamResource;

    private Long programme;

    private Long firstWorkstream;

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
        firstWorkstream = null;
        actions.clear();
    }

    @Test
    void aProgrammeWithItsWorkstreamsLeadsAndLatestUpdatesTakesAFewStatements() throws Exception {
        addProgramme();
        List<WorkProgrammeDto> read = new ArrayList<>();
        int statements = count(() -> read.add(programmeResource.get(programme)));
        WorkProgrammeDto dto = read.get(0);
        assertEquals(PERIODS, dto.reportingPeriods().size());
        assertEquals(WORKSTREAMS, dto.workstreams().size());
        assertEquals(List.of("person", "organisation"), kindsOf(dto.workstreams().get(1)), "leads in their order");
        assertEquals("Quarter " + PERIODS, dto.workstreams().get(0).latestPeriod(), "the first workstream's latest period");
        assertEquals("Quarter 1", dto.workstreams().get(1).latestPeriod());
        assertTrue(statements <= MOST, statements + " statements for a programme of " + WORKSTREAMS + " workstreams:\n" + traced);
    }

    @Test
    void aWorkstreamWithItsUpdatesInManyPeriodsTakesAFewStatements() throws Exception {
        addProgramme();
        List<WorkstreamDto> read = new ArrayList<>();
        int statements = count(() -> read.add(workstreamResource.workstream(firstWorkstream)));
        WorkstreamDto dto = read.get(0);
        assertEquals(PERIODS, dto.updates().size());
        List<String> periods = new ArrayList<>();
        for (int i = 1; i <= PERIODS; i++) {
            periods.add("Quarter " + i);
        }
        assertEquals(periods, dto.updates().stream().map(ProgressUpdateDto::period).toList(), "updates oldest period first");
        assertEquals(3, dto.activities().size());
        assertTrue(dto.activities().stream().allMatch(a -> a.owners().size() == 2), "every activity has its two owners");
        assertEquals(2, dto.leads().size());
        assertEquals(ACTIONS, dto.actions().size(), "the secretariat sees the linked actions");
        assertTrue(dto.actions().stream().allMatch(a -> a.owners().size() == 2), "every linked action has its two owners");
        assertTrue(statements <= MOST, statements + " statements for a workstream of " + PERIODS + " updates:\n" + traced);
    }

    private static List<String> kindsOf(WorkstreamSummaryDto ws) {
        return ws.leads().stream().map(lead -> lead.key().substring(0, lead.key().indexOf(':'))).toList();
    }

    /**
     * A superseded version (updates are given to approved versions) of 12 workstreams led by a person
     * and an organisation, each with an update for the first period; the first with an update for
     * each of 15 periods, three activities owned by a person and an organisation, the resources and four
     * linked actions owned by both.
     */
    private void addProgramme() throws Exception {
        tx.begin();
        try {
            WorkProgramme added = new WorkProgramme(em.find(Board.class, directory.boardId()), 98, "Many updates",
                    LocalDate.of(2019, 4, 1));
            em.persist(added);
            Person person = em.createQuery("SELECT p FROM Person p WHERE p.fullName = 'Mark McAteer'", Person.class).getSingleResult();
            Organisation organisation = em.createQuery("SELECT o FROM Organisation o ORDER BY o.id", Organisation.class)
                    .setMaxResults(1).getSingleResult();
            List<OwnerRef> leads = List.of(OwnerRef.of(person), OwnerRef.of(organisation));
            List<Workstream> workstreams = new ArrayList<>();
            for (int i = 1; i <= WORKSTREAMS; i++) {
                Workstream ws = added.addWorkstream(i, "Workstream " + i, "Aim " + i);
                ws.assignLeads(leads);
                workstreams.add(ws);
            }
            Workstream first = workstreams.get(0);
            for (int i = 1; i <= 3; i++) {
                first.addActivity(i, "Activity " + i, leads, PartialDate.onDay(LocalDate.of(2020, i, 1)));
            }
            for (ResourceItem resource : em.createQuery("SELECT r FROM ResourceItem r ORDER BY r.id", ResourceItem.class)
                    .setMaxResults(3).getResultList()) {
                first.linkResource(resource, null);
            }
            List<ReportingPeriod> periods = new ArrayList<>();
            for (int i = 0; i < PERIODS; i++) {
                LocalDate start = LocalDate.of(2019, 4, 1).plusMonths(3L * i);
                ReportingPeriod period = new ReportingPeriod(added, "Quarter " + (i + 1), start, start.plusMonths(3).minusDays(1), null);
                em.persist(period);
                periods.add(period);
            }
            em.flush();
            programme = added.getId();
            firstWorkstream = first.getId();
            em.createQuery("UPDATE WorkProgramme p SET p.status = :superseded WHERE p.id = :id")
                    .setParameter("superseded", ProgrammeStatus.SUPERSEDED).setParameter("id", programme).executeUpdate();
            em.refresh(added);
            LocalDateTime at = LocalDateTime.of(2019, 7, 1, 9, 0);
            for (ReportingPeriod period : periods) {
                em.persist(ProgressUpdate.noUpdateProvided(first, period, "secretariat", at));
            }
            for (Workstream ws : workstreams.subList(1, WORKSTREAMS)) {
                em.persist(ProgressUpdate.noUpdateProvided(ws, periods.get(0), "secretariat", at));
            }
            AgendaItem item = em.createQuery("SELECT i FROM AgendaItem i WHERE i.meeting.board.id = :board ORDER BY i.meeting.date, i.id",
                    AgendaItem.class).setParameter("board", directory.boardId()).setMaxResults(1).getSingleResult();
            for (int i = 0; i < ACTIONS; i++) {
                AgreedAction action = new AgreedAction(item, FIRST_ACTION_NUMBER + i, "Linked action " + i, leads,
                        PartialDate.onDay(LocalDate.of(2020, 1, 1).plusDays(i)), at);
                action.linkTo(first, null);
                em.persist(action);
                em.flush();
                actions.add(action.getId());
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
