package scot.cpib.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionSort;
import scot.cpib.action.application.ActionSummaries;
import scot.cpib.action.application.ActionSummary;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.application.PageRequest;
import scot.cpib.action.application.ProgressUpdate;
import scot.cpib.action.application.ResultPage;
import scot.cpib.action.domain.ActionProgress;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.it.container.ActingUser;
import scot.cpib.it.container.StatementCounter;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.infrastructure.DataChanges;

/**
 * Issue 13: the register's pages are kept by the server while nothing changes, and read again as soon
 * as a change commits (DataChanges, VersionedCache). A stale register after a save would be worse than
 * a slow one, so what is checked here is that every kind of write is seen.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterCacheIT {

    private static final PageRequest FIRST_200 = new PageRequest(0, 200, ActionSort.DUE, true);
    private static final String NOTE = "Cache check: the register shows this note at once";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private ActionSummaries summaries;

    @Inject
    private ActionUpdates updates;

    @Inject
    private AuditTrail audit;

    private final LocalDateTime started = LocalDateTime.now().minusSeconds(1);

    @AfterEach
    void removeWhatWasAdded() throws Exception {
        ActingUser.actAs("anonymous", null);
        tx.begin();
        em.createQuery("SELECT p FROM ActionProgress p WHERE p.note = :note", ActionProgress.class)
                .setParameter("note", NOTE).getResultList().forEach(em::remove);
        em.createQuery("DELETE FROM AuditEntry e WHERE e.occurredAt >= :started AND (e.username = 'secretariat'"
                + " OR e.entityType = 'RegisterCacheIT')").setParameter("started", started.minusHours(1)).executeUpdate();
        tx.commit();
    }

    @Test
    void aPageReadAgainWithNothingChangedComesFromTheServerWithoutAStatement() throws Exception {
        ResultPage<ActionSummary> first = summaries.page(ActionCriteria.all(), FIRST_200, LocalDate.now());
        try (StatementCounter counter = new StatementCounter(em)) {
            ResultPage<ActionSummary> again = summaries.page(ActionCriteria.all(), FIRST_200, LocalDate.now());
            assertEquals(first, again);
            assertEquals(0, counter.count(), counter.statements());
        }
    }

    @Test
    void aSavedNoteShowsInTheNextPageReadAndItsRemovalToo() throws Exception {
        ResultPage<ActionSummary> before = summaries.page(ActionCriteria.all(), FIRST_200, LocalDate.now());
        ActionSummary action = before.items().get(0);
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        updates.update(action.id(), updates.get(action.id()).getVersion(), new ProgressUpdate(NOTE, null, null, null));

        assertEquals(NOTE, latestNote(action.id()), "a note inserted is seen at once");

        removeWhatWasAdded();
        assertEquals(Optional.ofNullable(action.latestNote()).map(ActionSummary.Note::note).orElse(null),
                latestNote(action.id()), "a note deleted is seen at once");
    }

    @Test
    void aStatusChangedIsSeenAtOnce() throws Exception {
        ActionSummary action = summaries.page(ActionCriteria.all(), FIRST_200, LocalDate.now()).items().stream()
                .filter(a -> a.status() == ActionStatus.OPEN).findFirst().orElseThrow();
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        updates.update(action.id(), updates.get(action.id()).getVersion(),
                new ProgressUpdate(NOTE, ActionStatus.IN_PROGRESS, null, null));
        try {
            assertEquals(ActionStatus.IN_PROGRESS, row(action.id()).status(), "an update is seen at once");
        } finally {
            updates.update(action.id(), updates.get(action.id()).getVersion(), new ProgressUpdate(null, action.status(), null, null));
        }
        assertEquals(action.status(), row(action.id()).status(), "and so is the change back");
    }

    @Test
    void theVersionGoesUpForACommittedChangeOnlyAndNotForTheAuditTrailAlone() throws Exception {
        DataChanges.Version before = DataChanges.current().orElseThrow();

        tx.begin();
        audit.recordFor("secretariat", "RegisterCacheIT", null, "signed-in", "a row no page is made of");
        tx.commit();
        assertEquals(before, DataChanges.current().orElseThrow(), "the audit trail alone changes no page");

        tx.begin();
        assertTrue(DataChanges.current().isEmpty(), "inside a transaction nothing is read from what was kept");
        ActionProgress note = em.createQuery("SELECT p FROM ActionProgress p ORDER BY p.id", ActionProgress.class)
                .setMaxResults(1).getSingleResult();
        em.remove(note);
        tx.rollback();
        assertEquals(before, DataChanges.current().orElseThrow(), "a change rolled back changes nothing");

        ActionSummary action = summaries.page(ActionCriteria.all(), FIRST_200, LocalDate.now()).items().get(0);
        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        updates.update(action.id(), updates.get(action.id()).getVersion(), new ProgressUpdate(NOTE, null, null, null));
        DataChanges.Version after = DataChanges.current().orElseThrow();
        assertTrue(after.database() > before.database() && after.local() > before.local(),
                before + " then " + after + ": the database's count, which other servers read, and this server's");
    }

    private ActionSummary row(long id) {
        return summaries.page(ActionCriteria.all(), FIRST_200, LocalDate.now()).items().stream()
                .filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private String latestNote(long id) {
        return Optional.ofNullable(row(id).latestNote()).map(ActionSummary.Note::note).orElse(null);
    }
}
