package scot.cpib.action.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import scot.cpib.action.application.OwnedAction;
import scot.cpib.action.application.OwnedActions;
import scot.cpib.action.application.OwnerFilter;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Person;
import scot.cpib.security.application.CurrentUser;

/**
 * The signed-in person's open and in-progress actions (their own, their organisation's and their
 * groups'), overdue first, then by due date: read once a request as the columns lists show
 * ({@link OwnedActions}, three statements however many), for the home page's parts that show them.
 */
@RequestScoped
public class MyOutstandingActions {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    @Inject
    private OwnedActions owned;

    private List<OwnedAction> actions;

    public List<OwnedAction> list() {
        if (actions == null) {
            actions = currentUser.person().map(this::ownersOf).map(owned::outstanding).orElse(List.of());
        }
        return actions;
    }

    private OwnerFilter ownersOf(Person person) {
        Set<Long> groups = directory.groupIdsOf(person);
        Set<Long> organisations = person.getOrganisation() == null ? Set.of() : Set.of(person.getOrganisation().getId());
        return new OwnerFilter(Set.of(person.getId()), organisations, groups);
    }
}
