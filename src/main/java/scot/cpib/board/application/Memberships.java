package scot.cpib.board.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.application.Actor;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * A person's seats on the board, kept by the secretariat and admins: added with a role and dates,
 * changed with the version the form was opened at, and ended (never deleted, so that the record of
 * who sat on the board when stays true).
 */
@ApplicationScoped
public class Memberships {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Actor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Directory directory;

    @Inject
    private PeopleRegister register;

    @Inject
    private BoardClock clock;

    /** A person's seats, the latest first. */
    public List<Membership> of(Person person) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.person = :p ORDER BY m.fromDate DESC, m.id DESC",
                Membership.class).setParameter("p", person).getResultList();
    }

    /** A person's seats, the latest first, with who and which organisation read in the same statement. */
    public List<Membership> ofPerson(long personId) {
        return Owners.withPeople(em.createQuery("SELECT m FROM Membership m WHERE m.person.id = :p ORDER BY m.fromDate DESC, m.id DESC",
                Membership.class)).setParameter("p", personId).getResultList();
    }

    /**
     * The seat on this board current on the day of each of the people (the senior one where one has
     * two), by person id; one statement for a page of people.
     */
    public Map<Long, Membership> seatsOn(Collection<Long> people, LocalDate day) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<Long, Membership> seats = new HashMap<>();
        Owners.withPeople(em.createQuery("SELECT m FROM Membership m WHERE m.board.id = :b AND m.person.id IN :people"
                        + " ORDER BY m.id", Membership.class))
                .setParameter("b", directory.boardId()).setParameter("people", people).getResultList().stream()
                .filter(m -> m.isCurrentOn(day))
                .sorted(Comparator.comparing((Membership m) -> m.getRole().ordinal()))
                .forEach(m -> seats.putIfAbsent(m.getPerson().getId(), m));
        return seats;
    }

    public Membership get(long id) {
        Membership found = em.find(Membership.class, id);
        if (found == null) {
            throw new NotFoundException("Membership", id);
        }
        return found;
    }

    @Transactional
    public Membership add(long personId, MembershipDetails details) {
        register.requireSecretariat();
        Person person = register.getPerson(personId);
        Board board = directory.board();
        Membership membership = Membership.over(board, person, organisation(details.organisationId()),
                details.role(), details.fromDate(), details.toDate());
        refuseOverlap(membership, person);
        em.persist(membership);
        em.flush();
        audit.record(membership, "created", person.getFullName() + " joins " + board.getShortName() + " as "
                + details.role() + span(details.fromDate(), details.toDate()));
        return membership;
    }

    @Transactional
    public void change(long id, long version, MembershipDetails details) {
        register.requireSecretariat();
        Membership membership = get(id);
        Versions.require(membership, version, () -> MembershipDetails.of(membership));
        MembershipDetails before = MembershipDetails.of(membership);
        membership.change(organisation(details.organisationId()), details.role(), details.fromDate(), details.toDate());
        refuseOverlap(membership, membership.getPerson());
        MembershipDetails after = MembershipDetails.of(membership);
        String who = membership.getPerson().getFullName();
        change(membership, "organisation", before.organisationId(), after.organisationId(), who);
        change(membership, "role", before.role(), after.role(), who);
        change(membership, "fromDate", before.fromDate(), after.fromDate(), who);
        change(membership, "toDate", before.toDate(), after.toDate(), who);
    }

    /** Ends the seat on the day given (today when none). */
    @Transactional
    public void end(long id, long version, LocalDate on) {
        register.requireSecretariat();
        Membership membership = get(id);
        Versions.require(membership, version, () -> MembershipDetails.of(membership));
        LocalDate before = membership.getToDate();
        membership.end(on == null ? clock.today() : on);
        audit.change(membership, "toDate", before, membership.getToDate(),
                "Membership of " + membership.getPerson().getFullName() + " ended");
    }

    /** The same person cannot hold the same role twice over overlapping dates. */
    private void refuseOverlap(Membership membership, Person person) {
        for (Membership other : of(person)) {
            if (!other.equals(membership) && other.getRole() == membership.getRole()
                    && other.getBoard().equals(membership.getBoard()) && overlap(other, membership)) {
                throw new DomainException("membership.duplicate", "role", person.getFullName());
            }
        }
    }

    private static boolean overlap(Membership a, Membership b) {
        return (a.getToDate() == null || b.getFromDate() == null || !a.getToDate().isBefore(b.getFromDate()))
                && (b.getToDate() == null || a.getFromDate() == null || !b.getToDate().isBefore(a.getFromDate()));
    }

    private scot.cpib.board.domain.Organisation organisation(Long id) {
        return id == null ? null : register.getOrganisation(id);
    }

    private static String span(LocalDate from, LocalDate to) {
        return (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
    }

    private void change(Membership membership, String field, Object before, Object after, String who) {
        if (!Objects.equals(before, after)) {
            audit.change(membership, field, before, after, "Membership of " + who + " changed");
        }
    }
}
