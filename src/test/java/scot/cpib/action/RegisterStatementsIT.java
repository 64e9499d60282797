package scot.cpib.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.ActionSort;
import scot.cpib.action.application.ActionSummaries;
import scot.cpib.action.application.ActionSummary;
import scot.cpib.action.application.OwnedAction;
import scot.cpib.action.application.OwnedActions;
import scot.cpib.action.application.OwnerFilter;
import scot.cpib.action.application.PageRequest;
import scot.cpib.action.domain.ActionOwner;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.StatementCounter;

/**
 * Issue 13: a list of actions costs a fixed number of SQL statements, however many actions it shows
 * (no query per action for its owners, meeting, agenda item or notes). Counted on the demo record,
 * whose actions have people, organisations and groups as owners, through EclipseLink's session events.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterStatementsIT {

    /** The bound: no page issuing more than about 10 statements. */
    private static final int MOST = 10;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private ActionRegister register;

    @Inject
    private ActionSummaries summaries;

    @Inject
    private OwnedActions mine;

    @Test
    void aRegisterPageReadsItsActionsOwnersMeetingsAndNotesInFourStatements() throws Exception {
        int shown;
        int statements;
        String sql;
        try (StatementCounter counter = new StatementCounter(em)) {
            tx.begin(); // read from the database, not from the pages kept (RegisterCacheIT)
            try {
                List<ActionSummary> page = summaries.page(ActionCriteria.all(),
                        new PageRequest(0, 100, ActionSort.DUE, true), LocalDate.now()).items();
                shown = page.size();
                page.forEach(action -> action.owners().forEach(owner -> owner.label().length()));
            } finally {
                tx.rollback();
            }
            statements = counter.count();
            sql = counter.statements();
        }
        assertTrue(shown > MOST, "the demo record has more actions than the bound, so a query per action would show: " + shown);
        // the page's ids with the count, the actions with their meetings and items, their owners, their latest notes
        assertEquals(4, statements, statements + " statements for a page of " + shown + " actions:\n" + sql);
    }

    @Test
    void myActionsOfEveryOwnerKindReadInAFewStatements() throws Exception {
        int shown;
        int statements;
        String sql;
        OwnerFilter everyone = everyOwner();
        try (StatementCounter counter = new StatementCounter(em)) {
            tx.begin();
            try {
                List<AgreedAction> mine = register.ownedBy(everyone);
                shown = mine.size();
                mine.forEach(RegisterStatementsIT::readAsThePageDoes);
                mine.forEach(a -> a.latestProgress().ifPresent(p -> p.getNote().length()));
            } finally {
                tx.rollback();
            }
            statements = counter.count();
            sql = counter.statements();
        }
        assertTrue(shown > MOST, "actions shown: " + shown);
        assertTrue(statements <= MOST, statements + " statements for " + shown + " actions:\n" + sql);
    }

    /**
     * "My actions" reads its rows as columns: the outstanding rows, their owners and their latest notes
     * (three statements), the count of completed ones (one), and a page of completed ones (its count and ids,
     * then the same three), however many actions there are; the demo record's owners are people,
     * organisations and groups.
     */
    @Test
    void myActionsPageCountsEverythingAndReadsOutstandingAndACompletedPageInAFewStatementsEach() throws Exception {
        OwnerFilter everyone = everyOwner();
        List<OwnedAction> outstanding;
        List<OwnedAction> closed;
        long closedCount;
        int pageStatements;
        int closedStatements;
        String sql;
        try (StatementCounter counter = new StatementCounter(em)) {
            tx.begin();
            try {
                outstanding = mine.outstanding(everyone);
                closedCount = mine.closedCount(everyone);
                pageStatements = counter.count();
                closed = mine.closed(everyone, 0, 25).items();
                closedStatements = counter.count() - pageStatements;
            } finally {
                tx.rollback();
            }
            sql = counter.statements();
        }
        assertTrue(outstanding.stream().allMatch(a -> a.status().isOutstanding()));
        assertTrue(closed.stream().noneMatch(a -> a.status().isOutstanding()));
        assertTrue(closed.size() < 25, "the demo record's completed actions fit one page: " + closed.size());
        assertEquals(closedCount, closed.size(), "every completed or closed action is counted");
        assertTrue(outstanding.size() + closed.size() > MOST, "actions shown: " + (outstanding.size() + closed.size()));
        assertTrue(outstanding.stream().allMatch(a -> !a.owners().isEmpty()), "every row names its owners");
        assertTrue(outstanding.stream().anyMatch(a -> a.latestNote() != null), "rows show their latest notes");
        assertEquals(4, pageStatements, "the outstanding list, its owners and notes, and the count of completed ones:\n" + sql);
        assertEquals(4, closedStatements, "a page of completed actions (ids with their count, rows, owners, notes):\n" + sql);
    }

    @Test
    void myActionsRowsSayWhatTheActionsSay() throws Exception {
        OwnerFilter everyone = everyOwner();
        tx.begin();
        try {
            for (OwnedAction row : mine.outstanding(everyone)) {
                AgreedAction action = em.find(AgreedAction.class, row.id());
                assertEquals(action.getDisplayReference(), row.displayReference());
                assertEquals(String.join(", ", action.getOwners().stream().map(ActionOwner::getLabel).toList()),
                        String.join(", ", row.owners()), row.reference());
                assertEquals(action.latestProgress().map(p -> p.getNote()).orElse(null),
                        row.latestNote() == null ? null : row.latestNote().text(), row.reference());
                assertEquals(action.getDue(), row.due(), row.reference());
                assertEquals(action.getMeeting() == null ? null : action.getMeeting().getNumber(), row.meetingNumber());
                assertEquals(action.getEngagementDate(), row.engagementDate(), row.reference());
            }
        } finally {
            tx.rollback();
        }
    }

    private OwnerFilter everyOwner() throws Exception {
        tx.begin();
        try {
            List<Long> people = em.createQuery("SELECT DISTINCT o.person.id FROM ActionOwner o WHERE o.person IS NOT NULL", Long.class)
                    .getResultList();
            List<Long> organisations = em.createQuery(
                    "SELECT DISTINCT o.organisation.id FROM ActionOwner o WHERE o.organisation IS NOT NULL", Long.class).getResultList();
            List<Long> groups = em.createQuery("SELECT DISTINCT o.group.id FROM ActionOwner o WHERE o.group IS NOT NULL", Long.class)
                    .getResultList();
            return new OwnerFilter(Set.copyOf(people), Set.copyOf(organisations), Set.copyOf(groups));
        } finally {
            tx.rollback();
        }
    }

    /** What the register and "my actions" show of each action. */
    private static void readAsThePageDoes(AgreedAction action) {
        action.getOwnerLabel();
        for (ActionOwner owner : action.getOwners()) {
            Person person = owner.getPerson();
            if (person != null && person.getOrganisation() != null) {
                person.getOrganisation().getName();
            }
        }
        if (action.getMeeting() != null) {
            action.getMeeting().getNumber();
        }
        action.getDisplayReference();
    }
}
