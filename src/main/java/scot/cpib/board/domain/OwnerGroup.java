package scot.cpib.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/** A named group that can own actions, such as "CPIB members" or "Workstream Leads". */
@Entity
@Table(name = "owner_group")
public class OwnerGroup extends VersionedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(length = 400)
    private String description;

    @ManyToMany
    @JoinTable(name = "owner_group_member",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> members = new HashSet<>();

    protected OwnerGroup() {
    }

    public OwnerGroup(Board board, String name) {
        this.board = board;
        this.name = name;
    }

    /** Name and description as typed, each checked. */
    public void describe(String newName, String newDescription) {
        this.name = Texts.required(newName, 150, "group.name", "name");
        this.description = Texts.optional(newDescription, 400, "group.description", "description");
    }

    /** Adds the person; false when they were in the group already. */
    public boolean add(Person person) {
        return members.add(person);
    }

    /** Takes the person out of the group (what they owned stays owned by the group). */
    public boolean remove(Person person) {
        return members.remove(person);
    }

    public boolean includes(Person person) {
        return members.contains(person);
    }

    public Board getBoard() {
        return board;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Set<Person> getMembers() {
        return Set.copyOf(members);
    }
}
