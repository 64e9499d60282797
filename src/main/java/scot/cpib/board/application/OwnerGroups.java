package scot.cpib.board.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerNames;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/** The board's named owner groups ("CPIB members", "Workstream Leads") and who is in them. */
@ApplicationScoped
public class OwnerGroups {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Directory directory;

    @Inject
    private PeopleRegister register;

    public List<OwnerGroup> all() {
        return em.createQuery("SELECT g FROM OwnerGroup g ORDER BY g.name", OwnerGroup.class).getResultList();
    }

    /**
     * The groups of the board this installation serves, by name, each with its members by name: two
     * statements however many groups and members.
     */
    public List<GroupMembers> ofBoard() {
        long board = directory.boardId();
        Map<Long, List<PersonSummary>> members = new HashMap<>();
        em.createQuery("SELECT g.id, " + PersonSummary.COLUMNS + " FROM OwnerGroup g JOIN g.members p LEFT JOIN p.organisation o"
                        + " WHERE g.board.id = :b ORDER BY p.fullName, p.id", Object[].class)
                .setParameter("b", board).getResultList()
                .forEach(row -> members.computeIfAbsent((Long) row[0], g -> new ArrayList<>())
                        .add(PersonSummary.of(Arrays.copyOfRange(row, 1, row.length))));
        return em.createQuery("SELECT g.id, g.name, g.description FROM OwnerGroup g WHERE g.board.id = :b ORDER BY g.name, g.id",
                        Object[].class).setParameter("b", board).getResultList().stream()
                .map(row -> new GroupMembers((Long) row[0], (String) row[1], (String) row[2],
                        members.getOrDefault((Long) row[0], List.of())))
                .toList();
    }

    public OwnerGroup get(long id) {
        OwnerGroup found = em.find(OwnerGroup.class, id);
        if (found == null) {
            throw new NotFoundException("Group", id);
        }
        return found;
    }

    @Transactional
    public OwnerGroup add(String name, String description) {
        register.requireSecretariat();
        OwnerGroup group = new OwnerGroup(directory.board(), name);
        group.describe(name, description);
        refuseDuplicate(group);
        em.persist(group);
        em.flush();
        audit.record(group, "created", "Group " + group.getName() + " added");
        return group;
    }

    @Transactional
    public void describe(long id, long version, String name, String description) {
        register.requireSecretariat();
        OwnerGroup group = get(id);
        Versions.require(group, version, () -> group.getName() + (group.getDescription() == null ? "" : " — " + group.getDescription()));
        String before = group.getName();
        String beforeDescription = group.getDescription();
        group.describe(name, description);
        refuseDuplicate(group);
        audit.change(group, "name", before, group.getName(), "Group renamed");
        audit.change(group, "description", beforeDescription, group.getDescription(), "Group description changed");
    }

    @Transactional
    public void addMember(long groupId, long personId) {
        register.requireSecretariat();
        OwnerGroup group = get(groupId);
        Person person = register.getPerson(personId);
        if (!group.add(person)) {
            throw new DomainException("group.member.already", "person", person.getFullName(), group.getName());
        }
        audit.record(group, "member added", person.getFullName() + " joins the group " + group.getName());
    }

    @Transactional
    public void removeMember(long groupId, long personId) {
        register.requireSecretariat();
        OwnerGroup group = get(groupId);
        Person person = register.getPerson(personId);
        if (group.remove(person)) {
            audit.record(group, "member removed", person.getFullName() + " leaves the group " + group.getName());
        }
    }

    private void refuseDuplicate(OwnerGroup group) {
        for (OwnerGroup other : all()) {
            if (!other.equals(group) && other.getBoard().equals(group.getBoard()) && OwnerNames.same(group.getName(), other.getName())) {
                throw new DomainException("group.duplicate", "name", other.getName());
            }
        }
    }
}
