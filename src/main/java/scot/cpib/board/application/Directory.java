package scot.cpib.board.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.infrastructure.VersionedCache;

/** Looks up the board, its people, groups and memberships; owners are looked up through {@link Owners}. */
@ApplicationScoped
public class Directory {

    @PersistenceContext
    private EntityManager em;

    private volatile Long boardId;

    /*
     * Each person's groups by id, kept by this server while no change has committed since (decision 89):
     * "my workstreams" and the home page ask for them on every request, each person for their own.
     */
    private final VersionedCache<Long, Set<Long>> groupIdsKept = new VersionedCache<>(500, Duration.ofMinutes(10));

    /** The board this installation serves (the first one; the model allows more). */
    public Board board() {
        return em.createQuery("SELECT b FROM Board b ORDER BY b.id", Board.class).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No board is set up"));
    }

    /**
     * The id of the board this installation serves, looked up once: a board's id never changes, so
     * keeping it is safe with several servers (the board itself, which can be edited, is not kept).
     */
    public long boardId() {
        Long id = boardId;
        if (id == null) {
            id = board().getId();
            boardId = id;
        }
        return id;
    }

    /** The groups a person belongs to (for "my actions"). */
    public Set<OwnerGroup> groupsOf(Person person) {
        return new HashSet<>(em.createQuery("SELECT g FROM OwnerGroup g JOIN g.members m WHERE m = :p", OwnerGroup.class)
                .setParameter("p", person).getResultList());
    }

    /** The ids of the groups a person belongs to: {@link #groupsOf}, kept under the data version for the person. */
    public Set<Long> groupIdsOf(Person person) {
        return groupIdsKept.get(person.getId(), () -> Set.copyOf(em.createQuery(
                        "SELECT g.id FROM OwnerGroup g JOIN g.members m WHERE m.id = :p", Long.class)
                .setParameter("p", person.getId()).getResultList()));
    }

    /** Memberships current on the day, chair first, then by name: the attendance list. */
    public List<Membership> membersOn(Board board, LocalDate day) {
        return currentOn(memberships(board.getId()), day);
    }

    /** The board's memberships, past and present, with their people and organisations: one query. */
    public List<Membership> memberships(long boardId) {
        return Owners.withPeople(em.createQuery("SELECT m FROM Membership m WHERE m.board.id = :b", Membership.class))
                .setParameter("b", boardId).getResultList();
    }

    /** Of these memberships, those current on the day, chair first, then by name (as {@link #membersOn}). */
    public static List<Membership> currentOn(List<Membership> memberships, LocalDate day) {
        return memberships.stream()
                .filter(m -> m.isCurrentOn(day))
                .sorted(Comparator.comparing((Membership m) -> m.getRole().ordinal())
                        .thenComparing(m -> m.getPerson().getFullName()))
                .toList();
    }

    /** Everyone, by name, each with their organisation read in the same query (pickers list thousands). */
    public List<Person> people() {
        return em.createQuery("SELECT p FROM Person p ORDER BY p.fullName", Person.class)
                .setHint("eclipselink.left-join-fetch", "p.organisation").getResultList();
    }

    public List<Organisation> organisations() {
        return em.createQuery("SELECT o FROM Organisation o ORDER BY o.name", Organisation.class).getResultList();
    }

    public Optional<Person> person(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Person.class, id));
    }
}
