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

    @Test
    void aRegisterPageReadsItsActionsOwnersMeetingsAndNotesInFourStatements() throws Exception {
        int shown;
        int statements;
        String sql;
        try (StatementCounter counter = new StatementCounter(em)) {
            List<ActionSummary> page = summaries.page(ActionCriteria.all(),
                    new PageRequest(0, 100, ActionSort.DUE, true), LocalDate.now()).items();
            shown = page.size();
            page.forEach(action -> action.owners().forEach(owner -> owner.label().length()));
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

    @Test
    void myActionsPageCountsEverythingAndReadsOutstandingAndACompletedPageInAFewStatementsEach() throws Exception {
        OwnerFilter everyone = everyOwner();
        List<AgreedAction> outstanding;
        List<AgreedAction> closed;
        long counted;
        int pageStatements;
        int closedStatements;
        String sql;
        try (StatementCounter counter = new StatementCounter(em)) {
            tx.begin();
            try {
                outstanding = register.outstandingOwnedBy(everyone);
                counted = register.countsOwnedBy(everyone).values().stream().mapToLong(Long::longValue).sum();
                outstanding.forEach(RegisterStatementsIT::readAsMyActionsDoes);
                pageStatements = counter.count();
                closed = register.closedOwnedBy(everyone, 0, 25).items();
                closed.forEach(RegisterStatementsIT::readAsMyActionsDoes);
                closedStatements = counter.count() - pageStatements;
            } finally {
                tx.rollback();
            }
            sql = counter.statements();
        }
        assertTrue(outstanding.stream().allMatch(AgreedAction::isOutstanding));
        assertTrue(closed.stream().noneMatch(AgreedAction::isOutstanding));
        assertTrue(closed.size() < 25, "the demo record's completed actions fit one page: " + closed.size());
        assertEquals(counted, outstanding.size() + closed.size(), "every action owned is counted and in one section or the other");
        assertTrue(outstanding.size() + closed.size() > MOST, "actions shown: " + (outstanding.size() + closed.size()));
        assertTrue(pageStatements <= MOST, pageStatements + " statements for the outstanding list and counts:\n" + sql);
        assertTrue(closedStatements <= MOST, closedStatements + " statements for a page of completed actions:\n" + sql);
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

    /** What a row of "my actions" shows: the register's columns and the latest note. */
    private static void readAsMyActionsDoes(AgreedAction action) {
        readAsThePageDoes(action);
        action.latestProgress().ifPresent(p -> p.getNote().length());
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
