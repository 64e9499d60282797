package scot.cpib.action.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks every {@code cpib.reminders.check-seconds} (a quarter of an hour unless configured) whether this
 * week's digest to action owners is due (see {@link scot.cpib.action.domain.ReminderSettings#isDueAt})
 * and, if so, runs it. The timer is not persistent, so every server of a cluster runs it; each person's
 * digest is still sent once, because it is claimed in the database first ({@link ReminderClaims}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class ReminderSchedule {

    static final String SCHEDULER = "scheduler";
    static final long DEFAULT_CHECK_SECONDS = 15 * 60;
    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Inject
    private ActionReminders reminders;

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "cpib.reminders.check-seconds", defaultValue = "900")
    private long checkSeconds;

    /** Starts the interval timer: the first look one interval after start-up, then one each interval. */
    @PostConstruct
    void start() {
        long every = intervalSeconds(checkSeconds);
        if (every != checkSeconds) {
            LOG.log(Level.WARNING, "cpib.reminders.check-seconds must be 1 or more, not {0}; looking every {1} seconds",
                    new Object[] {checkSeconds, every});
        }
        timers.createIntervalTimer(every * 1000, every * 1000, new TimerConfig("action reminders", false));
    }

    /** The interval to use: the configured one, or a quarter of an hour when it is not a positive number of seconds. */
    static long intervalSeconds(long configured) {
        return configured > 0 ? configured : DEFAULT_CHECK_SECONDS;
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        try {
            reminders.runIfDue(SCHEDULER).ifPresent(run -> LOG.log(Level.INFO,
                    "Action reminders for {0}: {1} sent, {2} already reminded, {3} chose none, {4} without an address",
                    new Object[] {run.period(), run.sent(), run.alreadyReminded(), run.optedOut(), run.noAddress()}));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Action reminders could not run; the next look tries again", e);
        }
    }
}
