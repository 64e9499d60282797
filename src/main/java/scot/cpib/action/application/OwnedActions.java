package scot.cpib.action.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.DatePrecision;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.shared.infrastructure.VersionedCache;

/**
 * "My actions" (decision 81): what a person owns, read as the page shows it. The columns shown are read
 * as values, not as entities with their relations (issue 13: building 90 actions with their meetings,
 * agenda items, owners, people, organisations and every note cost most of the page's time): one query
 * for the rows, one for their owners and one for their latest notes, each for the whole list.
 */
@ApplicationScoped
public class OwnedActions {

    private static final Set<ActionStatus> OUTSTANDING = EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);

    private static final Set<ActionStatus> CLOSED = EnumSet.complementOf(EnumSet.copyOf(OUTSTANDING));

    private static final String COLUMNS = "SELECT a.id, a.reference, a.legacyReference, a.description, a.due.date,"
            + " a.due.precision, a.status, a.completedOn, m.id, m.number, m.date, e.id, e.date.date, e.date.precision"
            + " FROM AgreedAction a" + ActionRegister.FROM;

    /*
     * What owners read lately, kept by this server while no change has committed since (VersionedCache):
     * "my actions" is every owner's page, read again on each save and each visit.
     */
    private final VersionedCache<Key, List<OwnedAction>> outstandingKept = new VersionedCache<>(KEPT, Duration.ofMinutes(10));
    private final VersionedCache<Key, Long> closedCountKept = new VersionedCache<>(KEPT, Duration.ofMinutes(10));
    private final VersionedCache<Key, ResultPage<OwnedAction>> closedKept = new VersionedCache<>(KEPT, Duration.ofMinutes(10));

    private static final int KEPT = 200;

    @Inject
    private ActionRegister register;

    @Inject
    private BoardClock clock;

    @Inject
    private Directory directory;

    @PersistenceContext
    private EntityManager em;

    /**
     * What these owners own that is still open or in progress, overdue first, then by due date (undated
     * last), meeting and reference. Completed and closed actions are not read (see {@link #closedCount} and
     * {@link #closed}).
     */
    public List<OwnedAction> outstanding(OwnerFilter owners) {
        if (owners == null || owners.isAny()) {
            return List.of();
        }
        LocalDate today = clock.today();
        return outstandingKept.get(new Key(owners, today, 0, 0), () -> readOutstanding(owners, today));
    }

    private List<OwnedAction> readOutstanding(OwnerFilter owners, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Object[]> select = em.createQuery(COLUMNS + ActionRegister.where(ActionCriteria.all()
                .withStatuses(OUTSTANDING).withOwners(owners), today, parameters, directory.boardId()), Object[].class);
        parameters.forEach(select::setParameter);
        Comparator<OwnedAction> order = Comparator
                .comparing((OwnedAction a) -> !a.isOverdueOn(today))
                .thenComparing(OwnedAction::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.meetingNumber() == null ? Integer.MAX_VALUE : a.meetingNumber())
                .thenComparing(OwnedAction::reference);
        return withOwnersAndNotes(select.getResultList()).stream().sorted(order).toList();
    }

    /**
     * How many actions these owners own that are no longer outstanding: one count (the outstanding ones
     * are counted from their list; counting every status with {@code GROUP BY} cost the database a
     * temporary table and a sort).
     */
    public long closedCount(OwnerFilter owners) {
        if (owners == null || owners.isAny()) {
            return 0;
        }
        LocalDate today = clock.today();
        return closedCountKept.get(new Key(owners, today, 0, 0), () -> {
            Map<String, Object> parameters = new HashMap<>();
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AgreedAction a" + ActionRegister.where(
                    ActionCriteria.all().withStatuses(CLOSED).withOwners(owners), today, parameters, directory.boardId()), Long.class);
            parameters.forEach(count::setParameter);
            return count.getSingleResult();
        });
    }

    /**
     * One page (from 0) of what these owners own that is no longer outstanding (complete, superseded,
     * covered under another item), the latest meeting's first.
     */
    public ResultPage<OwnedAction> closed(OwnerFilter owners, int page, int size) {
        if (owners == null || owners.isAny()) {
            return new ResultPage<>(List.of(), 0, 0, size);
        }
        LocalDate today = clock.today();
        return closedKept.get(new Key(owners, today, page, size), () -> {
            ResultPage<Long> ids = register.pageIds(ActionCriteria.all().withStatuses(CLOSED).withOwners(owners),
                    new PageRequest(page, size, ActionSort.MEETING, false), today);
            return ids.withItems(byIds(ids.items()));
        });
    }

    /** These actions, in the order of their ids. */
    private List<OwnedAction> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, OwnedAction> byId = new HashMap<>();
        withOwnersAndNotes(em.createQuery(COLUMNS + " WHERE a.id IN :ids", Object[].class).setParameter("ids", ids).getResultList())
                .forEach(action -> byId.put(action.id(), action));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The rows of {@link #COLUMNS} as actions, with their owners and latest notes read for all of them at once. */
    private List<OwnedAction> withOwnersAndNotes(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        Map<Long, List<String>> owners = ownersOf(ids);
        Map<Long, OwnedAction.Note> notes = latestNotesOf(ids);
        List<OwnedAction> actions = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            actions.add(new OwnedAction(id, (String) row[1], (String) row[2], (String) row[3],
                    partialDate(row[4], row[5]), (ActionStatus) row[6], (LocalDate) row[7], (Long) row[8],
                    // an int attribute of an absent (outer-joined) meeting reads as 0: the number only with the meeting's id
                    row[8] == null ? null : (Integer) row[9],
                    (LocalDate) row[10], (Long) row[11], partialDate(row[12], row[13]), owners.getOrDefault(id, List.of()),
                    notes.get(id)));
        }
        return actions;
    }

    private static PartialDate partialDate(Object date, Object precision) {
        return date == null ? null : PartialDate.of((LocalDate) date, (DatePrecision) precision);
    }

    /** Each action's owners, labelled as the minute prints them, in their order. */
    private Map<Long, List<String>> ownersOf(List<Long> ids) {
        Map<Long, List<String>> owners = new HashMap<>();
        em.createQuery("SELECT o.action.id, o.asRole, p.title, p.fullName, org.name, org.shortName, g.name FROM ActionOwner o"
                        + " LEFT JOIN o.person p LEFT JOIN o.organisation org LEFT JOIN o.group g"
                        + " WHERE o.action.id IN :ids ORDER BY o.position, o.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> owners.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(OwnerRef.label(
                        (MembershipRole) row[1], row[3] == null ? null : Person.displayName((String) row[2], (String) row[3]),
                        row[4] == null ? null : Organisation.label((String) row[4], (String) row[5]), (String) row[6])));
        return owners;
    }

    /** Each action's latest progress note (of two recorded at the same moment, the later one), if it has any. */
    private Map<Long, OwnedAction.Note> latestNotesOf(List<Long> ids) {
        Map<Long, OwnedAction.Note> notes = new HashMap<>();
        em.createQuery("SELECT p.action.id, p.note, p.author, p.recordedOn FROM ActionProgress p WHERE p.action.id IN :ids"
                        + " AND p.recordedAt = (SELECT MAX(q.recordedAt) FROM ActionProgress q WHERE q.action = p.action)"
                        + " ORDER BY p.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> notes.put((Long) row[0], new OwnedAction.Note((String) row[1], (String) row[2], (LocalDate) row[3])));
        return notes;
    }

    private record Key(OwnerFilter owners, LocalDate today, int page, int size) {
    }
}
