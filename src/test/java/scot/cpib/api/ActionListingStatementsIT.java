package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionSort;
import scot.cpib.action.application.PageRequest;
import scot.cpib.api.model.ActionDto;
import scot.cpib.api.model.PageDto;
import scot.cpib.it.container.StatementCounter;

/**
 * Issue 13: GET /api/v1/actions, its CSV and Excel log and one action cost a fixed number of SQL
 * statements however many actions they hold. Called as the resources call them, outside any
 * transaction of the test's own (a request has none), on the demo record, whose actions have people,
 * organisations and groups as owners and progress notes recorded at meetings.
 */
@ExtendWith(ArquillianExtension.class)
class ActionListingStatementsIT {

    /**
     * The bound, about 10 statements a request. A list reads a fixed set, whatever its length:
     * the count, the actions (meeting and agenda item joined; for the log, without a count, one IN-batch
     * each), the board, then one IN-batch each for owners, their people, people's organisations, owning
     * organisations, groups, notes, the notes' meetings and sub-items' parent items.
     */
    private static final int MOST = 12;

    /**
     * A page of the API, read as values: its ids with the count, its actions with their meetings and
     * agenda items, their owners with who they are, and their latest notes.
     */
    private static final int PAGE = 4;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActionListing listing;

    @Resource
    private UserTransaction tx;

    @Test
    void anApiPageOfActionsWithTheirOwnersMeetingsAndLatestNotesTakesFourStatements() throws Exception {
        // inside a transaction the page is read from the database, not from the pages kept (RegisterCacheIT)
        Counted<PageDto<ActionDto>> page = counted(() -> {
            tx.begin();
            try {
                return listing.page(ActionCriteria.all(), new PageRequest(0, 100, ActionSort.DUE, true), LocalDate.now());
            } finally {
                tx.rollback();
            }
        });
        List<ActionDto> items = page.value().items();
        assertTrue(items.size() > MOST, "the demo record has more actions than the bound: " + items.size());
        assertTrue(items.stream().anyMatch(a -> a.latestProgress() != null && a.latestProgress().meetingNumber() != null),
                "some notes name the meeting they were recorded at, so a query per note's meeting would show");
        assertTrue(items.stream().allMatch(a -> !a.owners().isEmpty()), "every action lists its owners");
        page.assertAtMost(PAGE, items.size() + " actions");
    }

    @Test
    void anApiPageReadAsValuesShowsEachActionAsTheActionItselfDoes() {
        LocalDate today = LocalDate.now();
        List<ActionDto> items = listing.page(ActionCriteria.all(), new PageRequest(0, 200, ActionSort.DUE, true), today).items();
        assertTrue(items.stream().anyMatch(a -> a.agendaItem() != null && !a.agendaItem().chars().allMatch(Character::isDigit)),
                "some actions were agreed under a sub-item (\"4ii\")");
        assertTrue(items.stream().anyMatch(a -> a.latestProgress() != null && a.latestProgress().meetingNumber() != null),
                "some latest notes were reported at a meeting");
        assertTrue(items.stream().anyMatch(a -> a.owners().size() > 1), "some actions have several owners");
        for (ActionDto item : items) {
            ActionDto whole = listing.one(item.id(), today).orElseThrow();
            assertEquals(withoutHistory(whole), item, "action " + item.reference());
        }
    }

    @Test
    void theActionLogRowsOfEveryActionTakeAFewStatements() throws Exception {
        Counted<List<List<String>>> rows = counted(() -> listing.logRows(ActionCriteria.all(),
                new PageRequest(0, PageRequest.DEFAULT_SIZE, ActionSort.DUE, true), LocalDate.now()));
        long actions = em.createQuery("SELECT COUNT(a) FROM AgreedAction a WHERE a.board.id = (SELECT MIN(b.id) FROM Board b)",
                Long.class).getSingleResult();
        assertEquals(actions, rows.value().size(), "one row per action of the board");
        assertTrue(rows.value().size() > MOST, "rows: " + rows.value().size());
        assertTrue(rows.value().stream().allMatch(row -> !row.get(4).isBlank()), "every row names the owners");
        rows.assertAtMost(MOST, rows.value().size() + " rows");
    }

    @Test
    void oneActionWithItsWholeHistoryTakesAFewStatements() throws Exception {
        long id = em.createQuery("SELECT p.action.id FROM ActionProgress p GROUP BY p.action.id ORDER BY COUNT(p) DESC", Long.class)
                .setMaxResults(1).getSingleResult();
        Counted<ActionDto> one = counted(() -> listing.one(id, LocalDate.now()).orElseThrow());
        assertTrue(!one.value().progress().isEmpty(), "an action with notes");
        one.assertAtMost(MOST, "one action with " + one.value().progress().size() + " notes");
    }

    private static ActionDto withoutHistory(ActionDto a) {
        return new ActionDto(a.id(), a.reference(), a.legacyReference(), a.description(), a.meetingNumber(), a.meetingDate(),
                a.agendaItem(), a.engagementRecordId(), a.owners(), a.due(), a.duePrecision(), a.status(), a.overdue(),
                a.completedOn(), a.latestProgress(), null);
    }

    private <T> Counted<T> counted(Callable<T> call) throws Exception {
        try (StatementCounter counter = new StatementCounter(em)) {
            T value = call.call();
            return new Counted<>(value, counter.count(), counter.statements());
        }
    }

    private record Counted<T>(T value, int statements, String sql) {

        void assertAtMost(int most, String what) {
            assertTrue(statements > 0, "the counter saw the queries");
            assertTrue(statements <= most, statements + " statements for " + what + ":\n" + sql);
        }
    }
}
