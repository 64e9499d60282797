package scot.cpib.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import scot.cpib.board.domain.Person;
import scot.cpib.board.domain.ReminderFrequency;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.security.application.OwnAccount;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/** "Your account": the signed-in person's e-mail address and their choice of action reminders. */
@Named
@ViewScoped
public class OwnAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OwnAccount own;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    private boolean loaded;
    private boolean linked;
    private long version;
    private String email;
    private ReminderFrequency reminders;
    private String theirs;

    private void load() {
        if (!loaded) {
            loaded = true;
            linked = currentUser.person().isPresent();
            if (linked) {
                Person me = own.me();
                version = me.getVersion();
                email = me.getEmail();
                reminders = me.getReminderFrequency();
            }
        }
    }

    public String save() {
        load();
        try {
            own.change(version, email, reminders);
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(String.class);
            version = own.me().getVersion();
            messages.conflict(null);
            return null;
        } catch (DomainException e) {
            messages.error(e, "details");
            return null;
        }
        messages.info("ownAccount.saved");
        return "/account?faces-redirect=true";
    }

    public boolean isLinked() {
        load();
        return linked;
    }

    public ReminderFrequency[] getFrequencies() {
        return ReminderFrequency.values();
    }

    public String getTheirs() {
        return theirs;
    }

    public String getEmail() {
        load();
        return email;
    }

    public void setEmail(String email) {
        load();
        this.email = email;
    }

    public ReminderFrequency getReminders() {
        load();
        return reminders;
    }

    public void setReminders(ReminderFrequency reminders) {
        load();
        this.reminders = reminders;
    }
}
