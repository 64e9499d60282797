package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import scot.cpib.board.domain.Person;
import scot.cpib.board.domain.ReminderFrequency;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/** The signed-in person's own details on "Your account": their e-mail address and their reminder choice. */
@ApplicationScoped
public class OwnAccount {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** The signed-in person (an account without one has no e-mail address or reminders to choose). */
    public Person me() {
        return currentUser.person().map(p -> em.find(Person.class, p.getId()))
                .orElseThrow(() -> new NotFoundException("Person of account", currentUser.getUsername()));
    }

    /** Their e-mail address and reminder choice, checked against the version the page was opened at. */
    @Transactional
    public void change(long version, String email, ReminderFrequency reminders) {
        Person me = me();
        Versions.require(me, version, () -> (me.getEmail() == null ? "" : me.getEmail()) + " · " + me.getReminderFrequency());
        String before = me.getEmail();
        ReminderFrequency beforeReminders = me.getReminderFrequency();
        me.changeEmail(email);
        if (me.getEmail() == null) {
            throw new DomainException("account.email.required", "email");
        }
        boolean taken = em.createQuery("SELECT COUNT(p) FROM Person p WHERE LOWER(p.email) = :e AND p <> :me", Long.class)
                .setParameter("e", me.getEmail().toLowerCase(Locale.ROOT)).setParameter("me", me).getSingleResult() > 0;
        if (taken) {
            throw new DomainException("account.email.taken", "email", me.getEmail());
        }
        me.chooseReminders(reminders);
        audit.change(me, "email", before, me.getEmail(), currentUser.getUsername() + " changed their e-mail address");
        audit.change(me, "reminderFrequency", beforeReminders, me.getReminderFrequency(),
                currentUser.getUsername() + " changed their reminder choice");
    }
}
