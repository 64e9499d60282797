package scot.cpib.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.board.application.GroupMembers;
import scot.cpib.board.application.OwnerGroups;
import scot.cpib.board.application.PeopleRegister;
import scot.cpib.board.application.PersonSummary;
import scot.cpib.board.domain.OwnerNames;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/**
 * The board's owner groups: added, and people put in or taken out of them. A person is added by
 * typing their name: one match is added, several are offered to choose from (the register is too
 * long to list in every group's form).
 */
@Named
@ViewScoped
public class GroupsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most people offered when a typed name matches several. */
    static final int MOST_MATCHES = 10;

    @Inject
    private OwnerGroups groups;

    @Inject
    private PeopleRegister register;

    @Inject
    private PageMessages messages;

    private String name;
    private String description;
    private final Map<String, String> typed = new HashMap<>();
    private final Map<Long, List<PersonSummary>> matches = new HashMap<>();
    private List<GroupMembers> shown;

    /** The board's groups with their members, read once for the view (every action leaves the view by a redirect). */
    public List<GroupMembers> getGroups() {
        if (shown == null) {
            shown = groups.ofBoard();
        }
        return shown;
    }

    public String add() {
        try {
            var added = groups.add(name, description);
            messages.info("groups.added", added.getName());
        } catch (DomainException e) {
            messages.error(e, "newGroup");
            return null;
        }
        return "/admin/groups?faces-redirect=true";
    }

    /** Adds the person whose name was typed, or offers the people it matches, or says nobody does. */
    public String addMember(long group) {
        String text = typed.get(Long.toString(group));
        matches.remove(group);
        if (text == null || text.isBlank()) {
            messages.error((String) null, "groups.person.required");
            return null;
        }
        List<PersonSummary> found = register.findPeople(text, MOST_MATCHES + 1);
        List<PersonSummary> exact = found.stream().filter(p -> OwnerNames.same(text, p.fullName())
                || OwnerNames.same(text, p.displayName())).toList();
        if (exact.size() == 1 || found.size() == 1) {
            return addPerson(group, (exact.size() == 1 ? exact : found).get(0).id());
        }
        if (found.isEmpty()) {
            messages.error((String) null, "groups.person.none", text.strip());
            return null;
        }
        matches.put(group, found.stream().limit(MOST_MATCHES).toList());
        messages.error((String) null, found.size() > MOST_MATCHES ? "groups.person.tooMany" : "groups.person.several",
                text.strip(), MOST_MATCHES);
        return null;
    }

    /** Adds one person, as chosen among the matches of a typed name. */
    public String addPerson(long group, long person) {
        try {
            groups.addMember(group, person);
        } catch (DomainException e) {
            messages.error((String) null, e.getMessageKey(), e.getArguments());
            return null;
        }
        messages.info("groups.memberAdded", register.getPerson(person).getFullName(), groupName(group));
        return "/admin/groups?faces-redirect=true";
    }

    public String removeMember(long group, long person, String personName) {
        groups.removeMember(group, person);
        messages.info("groups.memberRemoved", personName, groupName(group));
        return "/admin/groups?faces-redirect=true";
    }

    private String groupName(long group) {
        return getGroups().stream().filter(g -> g.id() == group).map(GroupMembers::name).findFirst()
                .orElseGet(() -> groups.get(group).getName());
    }

    /** The people a typed name matched in the group's form, to choose from; empty when none are offered. */
    public List<PersonSummary> matches(long group) {
        return matches.getOrDefault(group, List.of());
    }

    /** What was typed in each group's "person to add" field, by the group's id as text. */
    public Map<String, String> getTyped() {
        return typed;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
