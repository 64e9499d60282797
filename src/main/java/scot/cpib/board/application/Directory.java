package scot.cpib.board.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;

/** Looks up the people, organisations, groups and memberships of the board record. */
@ApplicationScoped
public class Directory {

    private static final int SUGGESTIONS = 12;

    @PersistenceContext
    private EntityManager em;

    /** The board this installation serves (the first one; the model allows more). */
    public Board board() {
        return em.createQuery("SELECT b FROM Board b ORDER BY b.id", Board.class).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No board is set up"));
    }

    /** Possible action owners whose name contains the text: people, organisations and groups. */
    public List<OwnerRef> suggestOwners(String text) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        List<OwnerRef> found = new ArrayList<>();
        em.createQuery("SELECT g FROM OwnerGroup g WHERE LOWER(g.name) LIKE :t ORDER BY g.name", OwnerGroup.class)
                .setParameter("t", like).setMaxResults(SUGGESTIONS).getResultList().forEach(g -> found.add(OwnerRef.of(g)));
        em.createQuery("SELECT o FROM Organisation o WHERE LOWER(o.name) LIKE :t OR LOWER(o.shortName) LIKE :t"
                        + " ORDER BY o.name", Organisation.class)
                .setParameter("t", like).setMaxResults(SUGGESTIONS).getResultList().forEach(o -> found.add(OwnerRef.of(o)));
        em.createQuery("SELECT p FROM Person p WHERE LOWER(p.fullName) LIKE :t ORDER BY p.fullName", Person.class)
                .setParameter("t", like).setMaxResults(SUGGESTIONS).getResultList().forEach(p -> found.add(OwnerRef.of(p)));
        return found.size() > SUGGESTIONS * 2 ? found.subList(0, SUGGESTIONS * 2) : found;
    }

    /** Resolves an owner key ("person:12", "organisation:3", "group:2"); unknown keys are a field error. */
    public OwnerRef owner(String key) {
        return findOwner(key).orElseThrow(() -> new DomainException("action.owner.unknown", "owners", key));
    }

    public Optional<OwnerRef> findOwner(String key) {
        if (key == null || !key.contains(":")) {
            return Optional.empty();
        }
        String[] parts = key.strip().split(":", 2);
        long id;
        try {
            id = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "person" -> Optional.ofNullable(em.find(Person.class, id)).map(OwnerRef::of);
            case "organisation" -> Optional.ofNullable(em.find(Organisation.class, id)).map(OwnerRef::of);
            case "group" -> Optional.ofNullable(em.find(OwnerGroup.class, id)).map(OwnerRef::of);
            default -> Optional.empty();
        };
    }

    /** The groups a person belongs to (for "my actions"). */
    public Set<OwnerGroup> groupsOf(Person person) {
        return new HashSet<>(em.createQuery("SELECT g FROM OwnerGroup g JOIN g.members m WHERE m = :p", OwnerGroup.class)
                .setParameter("p", person).getResultList());
    }

    /** Memberships current on the day, chair first, then by name: the attendance list. */
    public List<Membership> membersOn(Board board, LocalDate day) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.board = :b", Membership.class)
                .setParameter("b", board).getResultList().stream()
                .filter(m -> m.isCurrentOn(day))
                .sorted(Comparator.comparing((Membership m) -> m.getRole().ordinal())
                        .thenComparing(m -> m.getPerson().getFullName()))
                .toList();
    }

    public List<Person> people() {
        return em.createQuery("SELECT p FROM Person p ORDER BY p.fullName", Person.class).getResultList();
    }

    public Optional<Person> person(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Person.class, id));
    }
}
