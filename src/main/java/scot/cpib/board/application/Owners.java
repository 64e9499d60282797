package scot.cpib.board.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerNames;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.UkDates;

/**
 * The one place owners are looked up – of actions, workstreams, activities and engagement plans: by
 * key, by name as a person wrote it (the rule of {@link OwnerNames}), and the choices a board offers on
 * a day. Names are matched against everyone the board record holds, so an owner who has since left can
 * still be named in an older minute or a register filter; the choices offered are the board's on the day.
 */
@ApplicationScoped
public class Owners {


    @PersistenceContext
    private EntityManager em;

    @Inject
    private BoardClock clock;

    /** The owner of a key ("person:12", "organisation:3", "group:2"); empty for anything else. */
    public Optional<OwnerRef> find(String key) {
        if (key == null || !key.contains(":")) {
            return Optional.empty();
        }
        String[] parts = key.strip().split(":", 2);
        if ("role".equals(parts[0])) {
            return roleKey(parts[1]);
        }
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

    /** The owner of a key; an unknown key is an error on the form's "owners" field. */
    public OwnerRef get(String key) {
        return find(key).orElseThrow(() -> new DomainException("owner.unknown", "owners", key));
    }

    /**
     * The owner a person named ("IS", " emily  lynch", "Improvement Service", "ACC Malcolm Graham", or a
     * key). Empty when the text is blank or names nobody. Should two owners answer to the same name, groups
     * come before organisations and organisations before people.
     */
    public Optional<OwnerRef> named(String written) {
        if (OwnerNames.normalise(written).isEmpty()) {
            return Optional.empty();
        }
        return named(written, everyone());
    }

    /**
     * The owners of a list as the minute writes it ("IS/Emily Lynch"), in order.
     *
     * @throws DomainException {@code owner.unknown} on the given field for the first name nobody answers to
     */
    public List<OwnerRef> allNamed(String written, String field) {
        List<String> names = OwnerNames.split(written);
        if (names.isEmpty()) {
            return List.of();
        }
        List<OwnerRef> everyone = everyone();
        List<OwnerRef> found = new ArrayList<>();
        for (String name : names) {
            found.add(named(name, everyone).orElseThrow(() -> new DomainException("owner.unknown", field, name)));
        }
        return found;
    }

    /**
     * The owners a board offers on a day, for pickers: its groups, then the organisations represented by
     * a membership current on the day, then the people holding one, each by name. People whose membership
     * has ended (or not begun) are left out.
     */
    public List<OwnerRef> of(Board board, LocalDate day) {
        return of(board.getId(), day);
    }

    /**
     * As {@link #of(Board, LocalDate)}, by the board's id: two queries, the groups and the memberships with
     * their people and organisations joined (issue 13: not one query per member).
     */
    public List<OwnerRef> of(long boardId, LocalDate day) {
        return of(memberships(boardId), boardId, day);
    }

    /** The board's memberships, past and present, with their people and organisations: one query. */
    private List<Membership> memberships(long boardId) {
        return withPeople(em.createQuery("SELECT m FROM Membership m WHERE m.board.id = :b", Membership.class))
                .setParameter("b", boardId).getResultList();
    }

    /**
     * As {@link #of(long, LocalDate)}, from the board's memberships a page has already read
     * ({@link Directory#memberships}): the groups are one query.
     */
    public List<OwnerRef> of(List<Membership> memberships, long boardId, LocalDate day) {
        List<Membership> current = memberships.stream().filter(m -> m.isCurrentOn(day)).toList();
        List<OwnerRef> owners = new ArrayList<>();
        em.createQuery("SELECT g FROM OwnerGroup g WHERE g.board.id = :b ORDER BY g.name", OwnerGroup.class)
                .setParameter("b", boardId).getResultList().forEach(g -> owners.add(OwnerRef.of(g)));
        current.stream().map(m -> m.getOrganisation() != null ? m.getOrganisation() : m.getPerson().getOrganisation())
                .filter(Objects::nonNull).distinct().sorted(Comparator.comparing(Organisation::getName))
                .forEach(o -> owners.add(OwnerRef.of(o)));
        current.stream().map(Membership::getPerson).distinct().sorted(Comparator.comparing(Person::getFullName))
                .forEach(p -> owners.add(OwnerRef.of(p)));
        return owners;
    }

    /** Memberships read with their person, the person's organisation and the membership's organisation joined. */
    static <T> TypedQuery<T> withPeople(TypedQuery<T> memberships) {
        memberships.setHint("eclipselink.join-fetch", "m.person");
        memberships.setHint("eclipselink.left-join-fetch", "m.person.organisation");
        memberships.setHint("eclipselink.left-join-fetch", "m.organisation");
        return memberships;
    }

    /**
     * The owners of a list as the minute of a meeting on that day writes it ("Chair/GM", "Vice-chair"): as
     * {@link #allNamed(String, String)}, and a name nobody answers to that is an owner role ("Chair",
     * "Vice-chair", "Secretariat") stands for the person holding that role on the board that day, kept
     * with the role so it is shown as written: "Chair (Steve Grimmond)".
     *
     * @throws DomainException {@code owner.unknown}, {@code owner.role.vacant} or {@code owner.role.several}
     *         on the given field
     */
    public List<OwnerRef> allNamed(String written, String field, Board board, LocalDate day) {
        List<String> names = OwnerNames.split(written);
        if (names.isEmpty()) {
            return List.of();
        }
        List<OwnerRef> everyone = everyone();
        List<OwnerRef> found = new ArrayList<>();
        for (String name : names) {
            Optional<OwnerRef> owner = named(name, everyone);
            if (owner.isEmpty()) {
                Optional<MembershipRole> role = MembershipRole.ownerRoleNamed(withoutHolder(name));
                if (role.isPresent()) {
                    owner = Optional.of(OwnerRef.holding(role.get(), holderOn(board, role.get(), day, field)));
                }
            }
            found.add(owner.orElseThrow(() -> new DomainException("owner.unknown", field, name)));
        }
        return found;
    }

    /**
     * Who holds a role on the board on a day: the one person with a membership in that role current
     * that day.
     *
     * @throws DomainException {@code owner.role.vacant} when nobody does, {@code owner.role.several} when
     *         more than one does (the role cannot stand for one person then)
     */
    public Person holderOn(Board board, MembershipRole role, LocalDate day, String field) {
        List<Person> holders = holders(em.createQuery(
                "SELECT m FROM Membership m WHERE m.board = :b AND m.role = :r", Membership.class)
                .setParameter("b", board).setParameter("r", role).getResultList(), day);
        if (holders.isEmpty()) {
            throw new DomainException("owner.role.vacant", field, role.getTitle(), UkDates.date(day));
        }
        if (holders.size() > 1) {
            throw new DomainException("owner.role.several", field, role.getTitle(), UkDates.date(day),
                    String.join(", ", holders.stream().map(Person::getDisplayName).toList()));
        }
        return holders.get(0);
    }

    /** The people of the memberships current on the day, once each, by name. */
    private static List<Person> holders(List<Membership> memberships, LocalDate day) {
        return memberships.stream().filter(m -> m.isCurrentOn(day)).map(Membership::getPerson).distinct()
                .sorted(Comparator.comparing(Person::getFullName)).toList();
    }

    /**
     * The leads of a workstream or an engagement plan as written ("Chair/IS"): as
     * {@link #allNamed(String, String, Board, LocalDate)} on the day they are saved, today, so a role
     * stands for its holder today and is shown as written, "Chair (Steve Grimmond)" (decision 77).
     */
    public List<OwnerRef> leadsNamed(String written, String field, Board board) {
        return allNamed(written, field, board, clock.today());
    }

    /**
     * Everything an owner field offers on a day, in the order the pickers list it: the roles held that
     * day ("Chair (Steve Grimmond)"), then {@linkplain #of(Board, LocalDate) the board's owners}. The
     * minute editor asks for the meeting's day, the lead fields for today.
     */
    public List<OwnerRef> choicesOn(Board board, LocalDate day) {
        return choicesOn(board.getId(), day);
    }

    /** As {@link #choicesOn(Board, LocalDate)}, by the board's id (the board itself is not read). */
    public List<OwnerRef> choicesOn(long boardId, LocalDate day) {
        // The board's memberships once, for the roles and the people (issue 13).
        List<Membership> memberships = memberships(boardId);
        List<OwnerRef> choices = new ArrayList<>(rolesOn(memberships, day));
        choices.addAll(of(memberships, boardId, day));
        return choices;
    }

    /**
     * The owner roles held on the day, each by its one holder ("Chair (Steve Grimmond)"), for pickers;
     * a role nobody or several people hold that day is left out.
     */
    public List<OwnerRef> rolesOn(Board board, LocalDate day) {
        return rolesOn(memberships(board.getId()), day);
    }

    private static List<OwnerRef> rolesOn(List<Membership> memberships, LocalDate day) {
        List<OwnerRef> roles = new ArrayList<>();
        for (MembershipRole role : MembershipRole.values()) {
            if (role.isOwnerRole()) {
                List<Person> holders = holders(memberships.stream().filter(m -> m.getRole() == role).toList(), day);
                if (holders.size() == 1) {
                    roles.add(OwnerRef.holding(role, holders.get(0)));
                }
                // a role nobody or several people hold is not offered; typing the role says why
            }
        }
        return roles;
    }

    /** "Chair (Steve Grimmond)", as a role owner is shown, read back as "Chair": the role is resolved again. */
    private static String withoutHolder(String name) {
        int open = name.indexOf('(');
        return open > 0 && name.strip().endsWith(")") ? name.substring(0, open) : name;
    }

    /** "CHAIR:person:1": the role and its holder as stored. */
    private Optional<OwnerRef> roleKey(String rest) {
        String[] parts = rest.split(":", 2);
        MembershipRole role;
        try {
            role = MembershipRole.valueOf(parts[0]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!role.isOwnerRole() || parts.length < 2) {
            return Optional.empty();
        }
        return find(parts[1]).filter(owner -> owner.person() != null && owner.role() == null)
                .map(owner -> OwnerRef.holding(role, owner.person()));
    }

    private static Optional<OwnerRef> named(String written, List<OwnerRef> candidates) {
        return candidates.stream().filter(owner -> owner.answersTo(written)).findFirst();
    }

    /** Every group, organisation and person of the record, in that order, each by name. */
    private List<OwnerRef> everyone() {
        List<OwnerRef> all = new ArrayList<>();
        em.createQuery("SELECT g FROM OwnerGroup g ORDER BY g.name, g.id", OwnerGroup.class)
                .getResultList().forEach(g -> all.add(OwnerRef.of(g)));
        em.createQuery("SELECT o FROM Organisation o ORDER BY o.name, o.id", Organisation.class)
                .getResultList().forEach(o -> all.add(OwnerRef.of(o)));
        em.createQuery("SELECT p FROM Person p ORDER BY p.fullName, p.id", Person.class)
                .getResultList().forEach(p -> all.add(OwnerRef.of(p)));
        return all;
    }
}
