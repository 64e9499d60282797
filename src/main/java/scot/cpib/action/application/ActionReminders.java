package scot.cpib.action.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import scot.cpib.action.domain.ActionReminder;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.action.domain.ReminderOutcome;
import scot.cpib.action.domain.ReminderSettings;
import scot.cpib.board.application.OwnerPeople;
import scot.cpib.board.domain.Person;
import scot.cpib.board.domain.ReminderFrequency;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.BundleTexts;
import scot.cpib.shared.application.MailReceipt;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.application.OutgoingMail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * Reminders to action owners: the secretariat's schedule, each person's choice (weekly or none), the
 * weekly digest (each person's once a week, claimed in the database before it is sent, so several
 * servers send it once) and the one-off chase of one action. Every e-mail goes through the
 * {@link Mailer}, so it is in the mail log; every reminder is a row of its own with an audit entry.
 */
@ApplicationScoped
public class ActionReminders {

    static final String DIGEST_PURPOSE = "action-reminder";
    static final String CHASE_PURPOSE = "action-chase";
    private static final Logger LOG = Logger.getLogger(ActionReminders.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BoardClock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private Mailer mailer;

    @Inject
    private ReminderClaims claims;

    @Inject
    private ReminderDigests digests;

    @Inject
    private OwnerPeople ownerPeople;

    @Inject
    private ReminderMails mails;

    /** The schedule as saved now. */
    @Transactional
    public ReminderSettings settings() {
        return em.find(ReminderSettings.class, ReminderSettings.THE_ONE);
    }

    /** The secretariat changes the schedule, from the version they saw. */
    @Transactional
    public ReminderSettings saveSettings(boolean enabled, int dayOfWeek, int sendHour, Integer leadDays, long version) {
        requireSecretariat();
        ReminderSettings s = settings();
        Versions.require(s, version, () -> ReminderSettingsSnapshot.of(s));
        boolean oldEnabled = s.isEnabled();
        int oldDay = s.getDayOfWeek();
        int oldHour = s.getSendHour();
        int oldLead = s.getLeadDays();
        s.change(enabled, dayOfWeek, sendHour, leadDays);
        audit.change(s, "enabled", oldEnabled, s.isEnabled(), "Action reminders");
        audit.change(s, "dayOfWeek", oldDay, s.getDayOfWeek(), "Action reminders");
        audit.change(s, "sendHour", oldHour, s.getSendHour(), "Action reminders");
        audit.change(s, "leadDays", oldLead, s.getLeadDays(), "Action reminders");
        return s;
    }

    /** The week a digest belongs to, as its claim names it: "2026-W49". */
    public static String periodOf(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The scheduled run: sends this week's digests when the schedule says they are due. */
    public Optional<WeeklyRun> runIfDue(String by) {
        if (!settings().isDueAt(clock.now())) {
            return Optional.empty();
        }
        return Optional.of(run(by));
    }

    /** The secretariat sends this week's digests now, whatever the schedule (each person's still once a week). */
    public WeeklyRun sendNow() {
        requireSecretariat();
        return run(currentUser.getUsername());
    }

    private WeeklyRun run(String by) {
        LocalDate today = clock.today();
        String period = periodOf(today);
        Set<Long> optedOut = digests.optedOut();
        int sent = 0;
        int already = 0;
        int none = 0;
        int noAddress = 0;
        for (Digest digest : digests.on(today, settings().getLeadDays())) {
            if (optedOut.contains(digest.personId())) {
                none++;
                continue;
            }
            Optional<Long> claim;
            try {
                claim = claims.claim(digest.personId(), period, digest.size(), by);
            } catch (RuntimeException claimedElsewhere) {
                LOG.log(Level.FINE, "Digest of person {0} for {1} claimed by another server", new Object[] {digest.personId(), period});
                claim = Optional.empty();
            }
            if (claim.isEmpty()) {
                already++;
            } else if (digest.email() == null || digest.email().isBlank()) {
                claims.settle(claim.get(), List.of(), ReminderOutcome.NO_ADDRESS,
                        BundleTexts.text("reminders.noAddress", digest.name()), null, by);
                noAddress++;
            } else {
                String to = digest.email().strip();
                MailReceipt receipt = mailer.send(OutgoingMail.to(to, mails.digestSubject(digest),
                        mails.digestBody(digest, settings().getLeadDays()), DIGEST_PURPOSE));
                claims.settle(claim.get(), List.of(to), ReminderOutcome.valueOf(receipt.status().name()),
                        receipt.detail(), receipt.logId(), by);
                sent++;
            }
        }
        return new WeeklyRun(period, sent, already, none, noAddress);
    }

    /** The secretariat chases one outstanding action: one e-mail to every person its owners stand for. */
    @Transactional
    public ActionReminder chase(Long actionId) {
        requireSecretariat();
        AgreedAction action = Optional.ofNullable(em.find(AgreedAction.class, actionId))
                .orElseThrow(() -> new NotFoundException("Action", actionId));
        if (!action.isOutstanding()) {
            throw new DomainException("reminders.chase.notOutstanding", null, action.getDisplayReference());
        }
        List<Person> people = ownerPeople.of(action.getOwnerRefs(), action.getBoard(), clock.today());
        List<String> to = new ArrayList<>();
        for (Person person : people) {
            if (person.getEmail() != null && !person.getEmail().isBlank() && !to.contains(person.getEmail().strip())) {
                to.add(person.getEmail().strip());
            }
        }
        ActionReminder reminder = ActionReminder.chase(action, LocalDateTime.now(ZoneOffset.UTC), currentUser.getUsername());
        if (to.isEmpty()) {
            reminder.settle(to, ReminderOutcome.NO_ADDRESS, BundleTexts.text("reminders.noAddress", action.getOwnerLabel()), null);
        } else {
            MailReceipt receipt = mailer.send(new OutgoingMail(to, mails.chaseSubject(action),
                    mails.chaseBody(action, currentUser.getDisplayName(), clock.today()), CHASE_PURPOSE));
            reminder.settle(to, ReminderOutcome.valueOf(receipt.status().name()), receipt.detail(), receipt.logId());
        }
        em.persist(reminder);
        audit.record(action, "chased", (to.isEmpty() ? "-" : String.join(", ", to)) + " (" + reminder.getOutcome().name() + ")");
        return reminder;
    }

    /** The chases of one action, newest first. */
    @Transactional
    public List<ActionReminder> chasesOf(Long actionId) {
        return em.createQuery("SELECT r FROM ActionReminder r WHERE r.action.id = :a ORDER BY r.createdAt DESC, r.id DESC",
                ActionReminder.class).setParameter("a", actionId).getResultList();
    }

    /** The latest reminders of every kind, newest first, for the settings page. */
    @Transactional
    public List<ActionReminder> latest(int limit) {
        return em.createQuery("SELECT r FROM ActionReminder r ORDER BY r.createdAt DESC, r.id DESC", ActionReminder.class)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Whether the signed-in person gets the weekly digest (the default) — false when they chose none. The
     * choice is the person's {@code reminder_frequency}, the same one their account page shows (decision 62).
     */
    public boolean isWeeklyForMe() {
        // the person as read for this request (CurrentUser), not read again
        return currentUser.person().map(p -> p.getReminderFrequency() == ReminderFrequency.WEEKLY).orElse(true);
    }

    /** The signed-in person chooses weekly digests or none. */
    @Transactional
    public void chooseForMe(boolean weekly) {
        Long id = currentUser.person().map(Person::getId)
                .orElseThrow(() -> new DomainException("reminders.choice.noPerson", "choice"));
        Person person = em.find(Person.class, id);
        ReminderFrequency before = person.getReminderFrequency();
        person.chooseReminders(weekly ? ReminderFrequency.WEEKLY : ReminderFrequency.NONE);
        if (before != person.getReminderFrequency()) {
            audit.change(person, "reminderFrequency", before, person.getReminderFrequency(),
                    currentUser.getUsername() + " changed their reminder choice");
        }
    }

    private void requireSecretariat() {
        if (!currentUser.isSecretariat()) {
            throw new DomainException("reminders.notAllowed");
        }
    }
}
