package scot.cpib.action.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import scot.cpib.action.application.ActionReminders;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/** "Reminder e-mails" on My actions: the signed-in person chooses a weekly digest or none. */
@Named
@RequestScoped
public class ReminderChoicePage {

    static final String WEEKLY = "weekly";
    static final String NONE = "none";

    @Inject
    private ActionReminders reminders;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    private String choice;

    @PostConstruct
    void load() {
        choice = isAvailable() && !reminders.isWeeklyForMe() ? NONE : WEEKLY;
    }

    /** Only an account linked to a person owns actions; the page says so otherwise. */
    public boolean isAvailable() {
        return currentUser.person().isPresent();
    }

    public String save() {
        try {
            reminders.chooseForMe(WEEKLY.equals(choice));
            messages.info("reminders.choice.saved");
            return "/actions/mine?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(e, "reminderChoice");
            return null;
        }
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = NONE.equals(choice) ? NONE : WEEKLY;
    }
}
