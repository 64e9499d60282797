package scot.cpib.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.board.application.OwnerGroups;
import scot.cpib.board.application.PeopleRegister;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;

/** The owner groups: added, and people put in or taken out of them. */
@Named
@ViewScoped
public class GroupsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OwnerGroups groups;

    @Inject
    private PeopleRegister register;

    @Inject
    private scot.cpib.shared.web.PageMessages messages;

    private String name;
    private String description;
    private final Map<Long, String> chosen = new HashMap<>();

    public List<OwnerGroup> getGroups() {
        return groups.all();
    }

    public List<Person> members(OwnerGroup group) {
        return group.getMembers().stream().sorted(Comparator.comparing(Person::getFullName)).toList();
    }

    public List<Person> getPeople() {
        return register.people();
    }

    public String add() {
        try {
            OwnerGroup added = groups.add(name, description);
            messages.info("groups.added", added.getName());
        } catch (DomainException e) {
            messages.error(e, "newGroup");
            return null;
        }
        return "/admin/groups?faces-redirect=true";
    }

    public String addMember(OwnerGroup group) {
        String picked = chosen.get(group.getId());
        if (picked == null || !picked.matches("\\d{1,18}")) {
            messages.error(null, "groups.person.required");
            return null;
        }
        long person = Long.parseLong(picked);
        try {
            groups.addMember(group.getId(), person);
        } catch (DomainException e) {
            messages.error(null, e.getMessageKey(), e.getArguments());
            return null;
        }
        messages.info("groups.memberAdded", register.getPerson(person).getFullName(), group.getName());
        return "/admin/groups?faces-redirect=true";
    }

    public String removeMember(OwnerGroup group, Person person) {
        groups.removeMember(group.getId(), person.getId());
        messages.info("groups.memberRemoved", person.getFullName(), group.getName());
        return "/admin/groups?faces-redirect=true";
    }

    public Map<Long, String> getChosen() {
        return chosen;
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
