package scot.cpib.workprogramme;

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
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Board;
import scot.cpib.it.container.ActingUser;
import scot.cpib.it.container.StatementCounter;
import scot.cpib.security.domain.Role;
import scot.cpib.workprogramme.application.OutcomesOverview;
import scot.cpib.workprogramme.application.OutcomesSummary;
import scot.cpib.workprogramme.application.PeriodReturn;
import scot.cpib.workprogramme.application.ReportingPeriods;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.web.LeadHomePage;

/**
 * Issue 13, the work programme's pages at national scale: the reporting period page's returns find
 * the programme's workstreams through the period's id, without reading the period again (the page has
 * it from its list), "my workstreams" reads the versions and the lead's groups once, and the overview's "n of m outcomes" line, the same
 * for every caller, is kept while nothing changes and read afresh after a change. Each test adds a
 * programme of 30 workstreams with a period and removes it.
 */
@ExtendWith(ArquillianExtension.class)
class WorkProgrammePageStatementsIT {

    /**
     * A period's returns: the acting user, the workstreams, their leads and who the leads are (people,
     * organisations, groups), the period's reminders and its updates, one query each.
     */
    private static final int MOST_FOR_THE_RETURNS = 9;

    /**
     * "My workstreams" for a lead: the acting user, the board's versions, the current version's open
     * period, the person's groups, the workstreams, their leads and who they are, their updates and the
     * updates' periods, and what they continue, one query each.
     */
    private static final int MOST_FOR_MY_WORKSTREAMS = 16;

    private static final int MANY = 30;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private Directory directory;

    @Inject
    private ReportingPeriods periods;

    @Inject
    private OutcomesOverview outcomes;

    @Inject
    private LeadHomePage leadHomePage;

    private Long programme;

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
        List<Long> updates = em.createQuery("SELECT u.id FROM ProgressUpdate u WHERE u.period.programme.id = :p", Long.class)
                .setParameter("p", programme).getResultList();
        if (!updates.isEmpty()) {
            em.createQuery("DELETE FROM ProgressUpdate u WHERE u.id IN :ids").setParameter("ids", updates).executeUpdate();
        }
        em.createQuery("DELETE FROM ReportingPeriod r WHERE r.programme.id = :p").setParameter("p", programme).executeUpdate();
        em.createQuery("DELETE FROM Workstream w WHERE w.programme.id = :p").setParameter("p", programme).executeUpdate();
        em.createQuery("DELETE FROM WorkProgramme p WHERE p.id = :p").setParameter("p", programme).executeUpdate();
        tx.commit();
        programme = null;
    }

    @Test
    void aPeriodsReturnsDoNotReadThePeriodOnItsOwn() throws Exception {
        Long period = addPeriodOfManyWorkstreams();
        List<PeriodReturn> returns = new ArrayList<>();
        int statements = count(() -> returns.addAll(periods.returns(period)));
        assertEquals(MANY, returns.size());
        assertEquals(MANY / 2, returns.stream().filter(PeriodReturn::isMissing).count(), "every other workstream has its update");
        assertTrue(traced.lines().noneMatch(sql -> sql.matches("(?is).*FROM reporting_period WHERE.*")),
                "the period is not read on its own:\n" + traced);
        assertTrue(statements <= MOST_FOR_THE_RETURNS, statements + " statements for the returns of " + MANY + " workstreams:\n" + traced);
    }

    @Test
    void theOverviewsOutcomesLineIsKeptWhileNothingChangesAndReadAfreshAfterAChange() throws Exception {
        addPeriodOfManyWorkstreams();
        WorkProgramme version = em.find(WorkProgramme.class, programme);
        tx.begin();
        int inATransaction = count(() -> outcomes.summary(version));
        tx.commit();
        assertTrue(inATransaction >= 1, "inside a transaction the line is read from the database");
        OutcomesSummary first = outcomes.summary(version);
        List<OutcomesSummary> again = new ArrayList<>();
        assertEquals(0, count(() -> again.add(outcomes.summary(version))), "kept while nothing changes");
        assertEquals(List.of(first), again);

        tx.begin();
        em.find(WorkProgramme.class, programme).getWorkstreams().get(0).complete();
        tx.commit();
        assertTrue(count(() -> outcomes.summary(version)) >= 1, "read afresh after a change");
    }

    @Test
    void myWorkstreamsReadTheVersionsOnceForTheCurrentVersionAndADraftRevision() throws Exception {
        ActingUser.actAs("lead", "Mark McAteer", Role.LEAD);
        int statements = count(() -> {
            leadHomePage.load();
            leadHomePage.getWorkstreams().forEach(m -> m.workstream().getNumberedTitle());
            return leadHomePage.getProposed();
        });
        assertTrue(leadHomePage.getCurrent() != null, "the demo board has a current version");
        assertEquals(1, traced.lines().filter(sql -> sql.matches("(?is).*work_programme t\\d.*board_id = \\?.*")).count(),
                "the board's versions are read once, not the current version and then every version:\n" + traced);
        assertTrue(traced.lines().filter(sql -> sql.contains("owner_group_member")).count() <= 1,
                "the lead's groups are read once:\n" + traced);
        assertTrue(statements <= MOST_FOR_MY_WORKSTREAMS, statements + " statements for my workstreams:\n" + traced);
    }

    /**
     * A programme of 30 workstreams (an earlier version, as updates are given to approved versions only)
     * with a period for which every other workstream has given no update.
     */
    private Long addPeriodOfManyWorkstreams() throws Exception {
        tx.begin();
        try {
            WorkProgramme added = new WorkProgramme(em.find(Board.class, directory.boardId()), 98, "Many workstreams",
                    LocalDate.of(2019, 4, 1));
            em.persist(added);
            List<Workstream> workstreams = new ArrayList<>();
            for (int i = 1; i <= MANY; i++) {
                workstreams.add(added.addWorkstream(i, "Workstream " + i, "Aim " + i));
            }
            ReportingPeriod period = new ReportingPeriod(added, "Quarter 1", LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30), null);
            em.persist(period);
            em.flush();
            programme = added.getId();
            em.createQuery("UPDATE WorkProgramme p SET p.status = :superseded WHERE p.id = :id")
                    .setParameter("superseded", ProgrammeStatus.SUPERSEDED).setParameter("id", programme).executeUpdate();
            em.refresh(added);
            for (int i = 0; i < MANY; i += 2) {
                em.persist(ProgressUpdate.noUpdateProvided(workstreams.get(i), period, "secretariat", LocalDateTime.now()));
            }
            tx.commit();
            return period.getId();
        } catch (Exception | AssertionError e) {
            tx.rollback();
            programme = null;
            throw e;
        }
    }

    private int count(Callable<?> reads) throws Exception {
        StatementCounter.Counted counted = StatementCounter.counted(getClass(), em, reads);
        traced = counted.statements();
        return counted.count();
    }
}
