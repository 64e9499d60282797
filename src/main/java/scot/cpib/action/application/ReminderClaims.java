package scot.cpib.action.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import scot.cpib.action.domain.ActionReminder;
import scot.cpib.action.domain.ReminderOutcome;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.application.AuditTrail;

/**
 * The claim that makes a person's weekly digest go once, however many servers run the job: the
 * reminder's row is inserted, in its own transaction, before the e-mail is sent, and the database's
 * unique (person, week) key refuses a second one. Settling writes what became of it, with an audit entry.
 */
@ApplicationScoped
public class ReminderClaims {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /**
     * Claims the person's digest for the week; empty when it is claimed already (by this server or
     * another). A race lost at the unique key throws, and the caller counts it as claimed elsewhere.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Long> claim(Long personId, String period, int actionCount, String by) {
        if (isClaimed(personId, period)) {
            return Optional.empty();
        }
        ActionReminder reminder = ActionReminder.claimDigest(em.find(Person.class, personId), period, actionCount,
                LocalDateTime.now(ZoneOffset.UTC), by);
        em.persist(reminder);
        em.flush();
        return Optional.of(reminder.getId());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean isClaimed(Long personId, String period) {
        return !em.createQuery("SELECT r.id FROM ActionReminder r WHERE r.person.id = :p AND r.period = :period", Long.class)
                .setParameter("p", personId).setParameter("period", period).setMaxResults(1).getResultList().isEmpty();
    }

    /** Records what became of a claimed digest, with an audit entry under the name of whoever ran the job. */
    @Transactional(TxType.REQUIRES_NEW)
    public void settle(Long reminderId, List<String> to, ReminderOutcome outcome, String detail, Long logId, String by) {
        ActionReminder reminder = em.find(ActionReminder.class, reminderId);
        reminder.settle(to, outcome, detail, logId);
        audit.recordFor(by, ActionReminder.class.getSimpleName(), reminderId, "reminded",
                reminder.getPerson().getFullName() + ", " + reminder.getPeriod() + ", " + reminder.getActionCount()
                        + " actions: " + (to.isEmpty() ? "-" : String.join(", ", to)) + " (" + outcome.name() + ")");
    }
}
