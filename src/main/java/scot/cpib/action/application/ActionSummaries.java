package scot.cpib.action.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.shared.domain.DatePrecision;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.shared.infrastructure.VersionedCache;

/**
 * A page of the register as {@link ActionSummary summaries}, read as the columns they show rather than
 * as entities: the page's ids and the count in one statement ({@link ActionRegister#pageIds}), then
 * the page's actions with their meetings and agenda items, their owners with who they are, and their
 * latest progress notes, one statement each. Nothing is loaded lazily afterwards, so no transaction is
 * needed (issue 13: the API's page of 25 read about 200 entities through 8 statements, and building and
 * mapping them was most of its CPU).
 */
@ApplicationScoped
public class ActionSummaries {

    @Inject
    private ActionRegister register;

    @PersistenceContext
    private EntityManager em;

    /** Pages read lately, kept while nothing has changed: the register's and the API's busiest read. */
    private final VersionedCache<PageKey, ResultPage<ActionSummary>> pages =
            new VersionedCache<>(PAGES_KEPT, Duration.ofMinutes(10));

    static final int PAGES_KEPT = 500;

    /**
     * One page of the register: kept by this server and served again while no change has committed
     * since it was read ({@link VersionedCache}); read afresh inside a transaction.
     */
    public ResultPage<ActionSummary> page(ActionCriteria criteria, PageRequest page, LocalDate today) {
        return pages.get(new PageKey(criteria, page, today), () -> read(criteria, page, today));
    }

    private ResultPage<ActionSummary> read(ActionCriteria criteria, PageRequest page, LocalDate today) {
        ResultPage<Long> ids = register.pageIds(criteria, page, today);
        return ids.withItems(summaries(ids.items()));
    }

    private record PageKey(ActionCriteria criteria, PageRequest page, LocalDate today) {
    }

    /** The actions of these ids, in their order. */
    private List<ActionSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ActionSummary.Owner>> owners = owners(ids);
        Map<Long, ActionSummary.Note> notes = latestNotes(ids);
        Map<Long, ActionSummary> byId = new HashMap<>();
        // the ids beside the positions and numbers: an int attribute of an absent (outer-joined) row reads as 0
        for (Object[] row : em.createQuery("SELECT a.id, a.reference, a.legacyReference, a.description, m.id, m.number,"
                        + " m.date, i.id, i.position, parent.id, parent.position, e.id, a.due.date, a.due.precision,"
                        + " a.status, a.completedOn, e.date.date, e.date.precision FROM AgreedAction a LEFT JOIN a.meeting m LEFT JOIN a.agendaItem i"
                        + " LEFT JOIN i.parent parent LEFT JOIN a.engagementRecord e WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            long id = (Long) row[0];
            byId.put(id, new ActionSummary(id, (String) row[1], (String) row[2], (String) row[3],
                    (Long) row[4], row[4] == null ? null : (Integer) row[5], (LocalDate) row[6],
                    row[7] == null ? null : AgendaItem.label(row[9] == null ? null : (Integer) row[10], (Integer) row[8]),
                    (Long) row[11], row[16] == null ? null : PartialDate.of((LocalDate) row[16], (DatePrecision) row[17]),
                    owners.getOrDefault(id, List.of()),
                    row[12] == null ? null : PartialDate.of((LocalDate) row[12], (DatePrecision) row[13]),
                    (ActionStatus) row[14], (LocalDate) row[15], notes.get(id)));
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Each action's owners in their order, labelled as the minute prints them: one statement. */
    private Map<Long, List<ActionSummary.Owner>> owners(List<Long> ids) {
        Map<Long, List<ActionSummary.Owner>> owners = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT o.action.id, o.asRole, p.id, p.title, p.fullName, org.id, org.name,"
                        + " org.shortName, g.id, g.name FROM ActionOwner o LEFT JOIN o.person p"
                        + " LEFT JOIN o.organisation org LEFT JOIN o.group g WHERE o.action.id IN :ids"
                        + " ORDER BY o.action.id, o.position, o.id", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            MembershipRole role = (MembershipRole) row[1];
            Long person = (Long) row[2];
            Long organisation = (Long) row[5];
            String label = OwnerRef.label(role, person == null ? null : Person.displayName((String) row[3], (String) row[4]),
                    organisation == null ? null : Organisation.label((String) row[6], (String) row[7]), (String) row[9]);
            owners.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new ActionSummary.Owner(OwnerRef.key(role, person, organisation, (Long) row[8]), label));
        }
        return owners;
    }

    /**
     * Each action's latest progress note (by when it was recorded; of two recorded in the same second,
     * the one saved later, as {@code AgreedAction.latestProgress} chooses): one statement, which reads
     * no older note.
     */
    private Map<Long, ActionSummary.Note> latestNotes(List<Long> ids) {
        Map<Long, ActionSummary.Note> notes = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.action.id, p.note, p.author, p.recordedOn, m.id, m.number"
                        + " FROM ActionProgress p LEFT JOIN p.meeting m WHERE p.action.id IN :ids AND p.recordedAt ="
                        + " (SELECT MAX(q.recordedAt) FROM ActionProgress q WHERE q.action = p.action) ORDER BY p.id",
                        Object[].class)
                .setParameter("ids", ids).getResultList()) {
            notes.put((Long) row[0], new ActionSummary.Note((String) row[1], (String) row[2], (LocalDate) row[3],
                    row[4] == null ? null : (Integer) row[5]));
        }
        return notes;
    }
}
