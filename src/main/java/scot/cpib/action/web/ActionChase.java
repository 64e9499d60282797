package scot.cpib.action.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.action.application.ActionReminders;
import scot.cpib.action.domain.ActionReminder;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/** The secretariat's one-off chase of one action, on the action's page, and the chases sent so far. */
@Named
@RequestScoped
public class ActionChase {

    @Inject
    private ActionReminders reminders;

    @Inject
    private PageMessages messages;

    private final Map<Long, List<ActionReminder>> chases = new HashMap<>();

    public String chase(Long actionId) {
        try {
            ActionReminder sent = reminders.chase(actionId);
            messages.info("reminders.chase.sent", sent.getAction().getReference(),
                    PageMessages.text("reminders.outcome." + sent.getOutcome().name()));
            return "/actions/view?faces-redirect=true&id=" + actionId;
        } catch (DomainException e) {
            messages.error(e, "chase");
            return null;
        }
    }

    /** The chases of the action, read once a request (the page asks twice: whether there are any, and which). */
    public List<ActionReminder> chasesOf(Long actionId) {
        return chases.computeIfAbsent(actionId, reminders::chasesOf);
    }
}
