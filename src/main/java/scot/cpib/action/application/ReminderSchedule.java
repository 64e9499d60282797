package scot.cpib.action.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks every quarter of an hour whether this week's digest to action owners is due (see
 * {@link scot.cpib.action.domain.ReminderSettings#isDueAt}) and, if so, runs it. The timer is not
 * persistent, so every server of a cluster runs it; each person's digest is still sent once, because
 * it is claimed in the database first ({@link ReminderClaims}).
 */
@Singleton
public class ReminderSchedule {

    static final String SCHEDULER = "scheduler";
    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Inject
    private ActionReminders reminders;

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "action reminders")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        try {
            reminders.runIfDue(SCHEDULER).ifPresent(run -> LOG.log(Level.INFO,
                    "Action reminders for {0}: {1} sent, {2} already reminded, {3} chose none, {4} without an address",
                    new Object[] {run.period(), run.sent(), run.alreadyReminded(), run.optedOut(), run.noAddress()}));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Action reminders could not run; the next quarter of an hour tries again", e);
        }
    }
}
