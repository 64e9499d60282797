package scot.cpib.action.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.application.OwnerFilter;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.Person;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.web.PageMessages;

/**
 * "My actions": what the signed-in person owns — themselves, through their organisation or a group
 * they belong to — outstanding first, each with a progress form kept at the version it was shown at.
 */
@Named
@ViewScoped
public class MyActionsPage implements Serializable {

    @Inject
    private BoardClock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ActionRegister register;

    @Inject
    private transient ActionUpdates updates;

    @Inject
    private transient Directory directory;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageMessages messages;

    private OwnerFilter owners = OwnerFilter.ANY;
    private final Map<Long, UpdateForm> forms = new HashMap<>();
    private transient List<AgreedAction> actions;

    @PostConstruct
    void init() {
        Person person = currentUser.person().orElse(null);
        if (person != null) {
            Set<Long> groups = directory.groupsOf(person).stream().map(OwnerGroup::getId).collect(Collectors.toSet());
            Set<Long> organisations = person.getOrganisation() == null ? Set.of() : Set.of(person.getOrganisation().getId());
            owners = new OwnerFilter(Set.of(person.getId()), organisations, groups);
        }
        for (AgreedAction action : getActions()) {
            forms.put(action.getId(), new UpdateForm(action));
        }
    }

    public List<AgreedAction> getActions() {
        if (actions == null) {
            actions = register.ownedBy(owners);
        }
        return actions;
    }

    public long getOutstandingCount() {
        return getActions().stream().filter(AgreedAction::isOutstanding).count();
    }

    public long getOverdueCount() {
        return getActions().stream().filter(this::isOverdue).count();
    }

    public Map<Long, UpdateForm> getForms() {
        return forms;
    }

    public boolean isOverdue(AgreedAction action) {
        return action.isOverdueOn(clock.today());
    }

    public List<ActionStatus> statusesFor(AgreedAction action) {
        return List.copyOf(updates.statusesFor(action));
    }

    public boolean canUpdate(AgreedAction action) {
        return forms.containsKey(action.getId()) && updates.canUpdate(action);
    }

    /** Saves one row's form; on success shows the list again with the change. */
    public String update(Long actionId) {
        UpdateForm form = forms.get(actionId);
        if (form == null) {
            return null;
        }
        if (form.submit(updates, messages, "update" + actionId)) {
            messages.info("mine.saved", updates.get(actionId).getReference());
            return "/actions/mine?faces-redirect=true";
        }
        actions = null;
        return null;
    }
}
