package scot.cpib.action.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.DatePrecision;
import scot.cpib.shared.infrastructure.VersionedCache;

/**
 * Finds agreed actions across all meetings of the board this installation serves (never another
 * board's): filtered, sorted and paged in the database. One query for the register page, "my
 * actions", matters arising, the exports and the API. Every list read here fetches the actions'
 * owners (and who they are), meetings and agenda items in a few batched queries (IN lists), not one
 * query per action (issue 13: no N+1).
 */
@ApplicationScoped
public class ActionRegister {

    @Inject
    private BoardClock clock;

    @Inject
    private Directory directory;

    /** Outer joins: follow-up actions of engagements have no meeting, but an engagement (and its date). */
    static final String FROM = " LEFT JOIN a.meeting m LEFT JOIN a.engagementRecord e";

    /**
     * Only the meeting, for its number: the register's page (and count) join no more than they use, so
     * that the database chooses a page and counts the matching rows from the board-status index alone,
     * reading no action rows (V212; a join to the engagement needs each row's engagement id).
     */
    private static final String MEETING = " LEFT JOIN a.meeting m";

    /** Sorts by meeting number with engagement follow-ups (no meeting) after every meeting's actions. */
    static final String MEETING_NUMBER = "COALESCE(m.number, 2147483647)";

    @PersistenceContext
    private EntityManager em;

    /**
     * The ids of one page of the matching actions, in the page's order, with how many match in all. One
     * statement: the database counts the matching rows beside sorting them (a window over them), rather
     * than a second query finding the same rows again (issue 13: at national scale the count cost the
     * database two thirds of what the sort did). A page past the last row has no row to carry the count,
     * so only then is it counted apart.
     */
    public ResultPage<Long> pageIds(ActionCriteria criteria, PageRequest page, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(criteria, today, parameters, directory.boardId());
        String direction = page.ascending() ? " ASC" : " DESC";
        TypedQuery<Object[]> select = em.createQuery("SELECT a.id, SQL('COUNT(*) OVER ()') FROM AgreedAction a"
                + (page.sort() == ActionSort.MEETING ? FROM : MEETING) + where
                + " ORDER BY " + page.sort().path() + direction + ", " + MEETING_NUMBER + direction
                + ", a.reference, a.id", Object[].class);
        parameters.forEach(select::setParameter);
        List<Object[]> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        long total = rows.isEmpty() ? countPastTheEnd(criteria, where, parameters, page) : ((Number) rows.get(0)[1]).longValue();
        return new ResultPage<>(ids, total, page.page(), page.size());
    }

    private long countPastTheEnd(ActionCriteria criteria, String where, Map<String, Object> parameters, PageRequest page) {
        if (page.offset() == 0) {
            return 0;
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AgreedAction a"
                + (criteria.meetingNumber() == null ? "" : MEETING) + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Every action matching, without paging (for exports and counts on small sets). */
    public List<AgreedAction> list(ActionCriteria criteria, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<AgreedAction> select = em.createQuery("SELECT a FROM AgreedAction a" + FROM
                + where(criteria, today, parameters, directory.boardId())
                + " ORDER BY " + MEETING_NUMBER + ", a.reference, a.id", AgreedAction.class);
        parameters.forEach(select::setParameter);
        return fetchingRelations(select).getResultList();
    }

    /**
     * Every action matching, sorted as the register sorts (for the exports): one query, not page by page.
     * The meetings and agenda items are read in one IN-batch each rather than joined into every row: an
     * action log of 2,400 rows names about 60 meetings, and joined, each row's meeting and item columns
     * (dates and times among them) were read and converted again (issue 13: a quarter of the query's time).
     */
    public List<AgreedAction> listSorted(ActionCriteria criteria, ActionSort sort, boolean ascending, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        String direction = ascending ? " ASC" : " DESC";
        TypedQuery<AgreedAction> select = em.createQuery("SELECT a FROM AgreedAction a" + FROM
                + where(criteria, today, parameters, directory.boardId())
                + " ORDER BY " + (sort == null ? ActionSort.DUE : sort).path() + direction + ", " + MEETING_NUMBER + direction
                + ", a.reference, a.id", AgreedAction.class);
        parameters.forEach(select::setParameter);
        return batchingRelations(select).getResultList();
    }

    /** As {@link #fetchingRelations}, with the meeting and agenda item batched too, for long lists. */
    private static <T> TypedQuery<T> batchingRelations(TypedQuery<T> query) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("a.meeting", "a.agendaItem", "a.owners", "a.owners.person", "a.owners.person.organisation",
                "a.owners.organisation", "a.owners.group", "a.engagementRecord", "a.engagementRecord.person",
                "a.engagementRecord.channel", "a.progress", "a.progress.meeting", "a.agendaItem.parent")) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }

    /**
     * Loads what a list of actions shows with the actions: the meeting and agenda item in the same
     * query (joined), owners (and the person, organisation or group each is) and progress notes each
     * kind in one more query for the whole list, and only when the list is read that far.
     */
    public static <T> TypedQuery<T> fetchingRelations(TypedQuery<T> query) {
        query.setHint("eclipselink.left-join-fetch", "a.meeting");
        query.setHint("eclipselink.left-join-fetch", "a.agendaItem");
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("a.owners", "a.owners.person", "a.owners.person.organisation", "a.owners.organisation",
                "a.owners.group", "a.engagementRecord", "a.engagementRecord.person", "a.engagementRecord.channel", "a.progress",
                "a.progress.meeting", "a.agendaItem.parent")) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }

    /**
     * Everything these owners own, for "my actions": outstanding first, then by due date (undated
     * last), meeting and reference.
     */
    public List<AgreedAction> ownedBy(OwnerFilter owners) {
        if (owners == null || owners.isAny()) {
            return List.of();
        }
        Comparator<AgreedAction> order = Comparator
                .comparing((AgreedAction a) -> !a.isOutstanding())
                .thenComparing(AgreedAction::getDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.getMeeting() == null ? Integer.MAX_VALUE : a.getMeeting().getNumber())
                .thenComparing(AgreedAction::getReference);
        return list(ActionCriteria.all().withOwners(owners), clock.today()).stream().sorted(order).toList();
    }

    /**
     * How many overdue actions each owner has, most first (then by label), counted in the database: one
     * statement grouped by owner, with the register's overdue rule ({@link #where}), rather than every
     * overdue action of the board read to be counted (issue 13).
     */
    public List<OwnerCount> overdueByOwner(LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Object[]> select = em.createQuery("SELECT o.asRole, p.id, p.title, p.fullName, org.id, org.name,"
                + " org.shortName, g.id, g.name, COUNT(o) FROM ActionOwner o JOIN o.action a LEFT JOIN o.person p"
                + " LEFT JOIN o.organisation org LEFT JOIN o.group g" + where(ActionCriteria.all().overdue(), today, parameters,
                directory.boardId())
                + " GROUP BY o.asRole, p.id, p.title, p.fullName, org.id, org.name, org.shortName, g.id, g.name", Object[].class);
        parameters.forEach(select::setParameter);
        return select.getResultList().stream().map(ActionRegister::ownerCount)
                .sorted(Comparator.comparingLong(OwnerCount::count).reversed().thenComparing(OwnerCount::label)).toList();
    }

    private static OwnerCount ownerCount(Object[] row) {
        MembershipRole role = (MembershipRole) row[0];
        Long person = (Long) row[1];
        Long organisation = (Long) row[4];
        String label = OwnerRef.label(role, person == null ? null : Person.displayName((String) row[2], (String) row[3]),
                organisation == null ? null : Organisation.label((String) row[5], (String) row[6]), (String) row[8]);
        return new OwnerCount(label, OwnerRef.key(role, person, organisation, (Long) row[7]), ((Number) row[9]).longValue());
    }

    /** How many actions match, counted in the database. */
    public long count(ActionCriteria criteria, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AgreedAction a"
                + (criteria.meetingNumber() == null ? "" : MEETING) + where(criteria, today, parameters, directory.boardId()), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Numbers of the meetings that agreed any action, newest first (for the meeting filter). */
    public List<Integer> meetingNumbers() {
        // The board's meetings, each asked whether it agreed an action (an index probe each), rather than
        // every action of the board joined to its meeting and made distinct (14,000 rows at national scale);
        // kept while nothing changes, as the register's filter shows them on every page.
        long board = directory.boardId();
        return meetingNumbersKept.get(board, () -> em.createQuery("SELECT DISTINCT m.number FROM Meeting m"
                        + " WHERE m.board.id = :board AND EXISTS (SELECT a.id FROM AgreedAction a WHERE a.meeting = m)"
                        + " ORDER BY m.number DESC", Integer.class)
                .setParameter("board", board).getResultList().stream().toList());
    }

    private final VersionedCache<Long, List<Integer>> meetingNumbersKept = new VersionedCache<>(4, Duration.ofMinutes(10));

    /**
     * Matters arising: actions still open or in progress that were agreed at meetings before this date,
     * or that follow up engagements before it (those come last, in reference order).
     */
    public List<AgreedAction> outstandingBefore(LocalDate meetingDate) {
        return fetchingRelations(em.createQuery("SELECT a FROM AgreedAction a" + FROM
                        + " WHERE a.board.id = :board AND (m.date < :date OR e.date.date < :date) AND a.status IN :open"
                        + " ORDER BY " + MEETING_NUMBER + ", e.id, a.reference, a.id", AgreedAction.class))
                .setParameter("board", directory.boardId())
                .setParameter("date", meetingDate)
                .setParameter("open", List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
                .getResultList();
    }

    /**
     * One page of matters arising: the actions of {@link #outstandingBefore}, the latest meeting's first
     * (engagement follow-ups last), only those whose reference or description contains the text when one
     * is given. Three statements for the ids (with how many match, counted beside them), the actions with
     * their meetings and items, and one more per kind of relation the page shows, however many match
     * (issue 13: at national scale a board has thousands outstanding, and the page showed them all).
     */
    public ResultPage<AgreedAction> outstandingBefore(LocalDate meetingDate, String text, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE a.board.id = :board AND (m.date < :date OR e.date.date < :date)"
                + " AND a.status IN :open");
        parameters.put("board", directory.boardId());
        parameters.put("date", meetingDate);
        parameters.put("open", List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS));
        if (text != null && !text.isBlank()) {
            where.append(" AND (LOWER(a.description) LIKE :text OR LOWER(a.reference) LIKE :text)");
            parameters.put("text", "%" + text.strip().toLowerCase() + "%");
        }
        TypedQuery<Object[]> select = em.createQuery("SELECT a.id, SQL('COUNT(*) OVER ()') FROM AgreedAction a" + FROM + where
                + " ORDER BY COALESCE(m.number, -1) DESC, e.id, a.reference, a.id", Object[].class);
        parameters.forEach(select::setParameter);
        List<Object[]> rows = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[1]).longValue();
        } else if (page == 0) {
            total = 0;
        } else {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AgreedAction a" + FROM + where, Long.class);
            parameters.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        return new ResultPage<>(byIds(ids), total, page, size);
    }

    /**
     * The same page of matters arising again, read afresh: these actions, in this order, whatever their
     * status now. A form posted from the page reads its rows so, and each row's typed values go to the
     * action they were typed against even when a change since has moved actions into or out of the list.
     */
    public ResultPage<AgreedAction> outstandingShownAgain(ResultPage<Long> shown) {
        return shown.withItems(byIds(shown.items()));
    }

    /** These actions, in this order, with their relations (as {@link #fetchingRelations}). */
    private List<AgreedAction> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, AgreedAction> found = new HashMap<>();
        fetchingRelations(em.createQuery("SELECT a FROM AgreedAction a WHERE a.id IN :ids", AgreedAction.class))
                .setParameter("ids", ids).getResultList().forEach(a -> found.put(a.getId(), a));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    static String where(ActionCriteria criteria, LocalDate today, Map<String, Object> parameters, long board) {
        StringBuilder where = new StringBuilder(" WHERE a.board.id = :board");
        parameters.put("board", board);
        if (criteria.statuses() != null && !criteria.statuses().isEmpty()) {
            where.append(" AND a.status IN :statuses");
            parameters.put("statuses", List.copyOf(criteria.statuses()));
        }
        OwnerFilter owners = criteria.owners();
        if (owners != null && !owners.isAny()) {
            where.append(" AND EXISTS (SELECT o FROM ActionOwner o WHERE o.action = a AND (1 = 0");
            if (!owners.personIds().isEmpty()) {
                where.append(" OR o.person.id IN :ownerPeople");
                parameters.put("ownerPeople", List.copyOf(owners.personIds()));
            }
            if (!owners.organisationIds().isEmpty()) {
                where.append(" OR o.organisation.id IN :ownerOrganisations");
                parameters.put("ownerOrganisations", List.copyOf(owners.organisationIds()));
            }
            if (!owners.groupIds().isEmpty()) {
                where.append(" OR o.group.id IN :ownerGroups");
                parameters.put("ownerGroups", List.copyOf(owners.groupIds()));
            }
            where.append("))");
        }
        if (criteria.dueFrom() != null) {
            where.append(" AND a.due.date >= :dueFrom");
            parameters.put("dueFrom", criteria.dueFrom());
        }
        if (criteria.dueTo() != null) {
            where.append(" AND a.due.date <= :dueTo");
            parameters.put("dueTo", criteria.dueTo());
        }
        if (criteria.meetingNumber() != null) {
            where.append(" AND m.number = :meetingNumber");
            parameters.put("meetingNumber", criteria.meetingNumber());
        }
        if (criteria.overdueOnly()) {
            where.append(" AND a.status IN :outstanding AND ((a.due.precision = :day AND a.due.date < :today)"
                    + " OR (a.due.precision = :month AND a.due.date < :firstOfMonth))");
            parameters.put("outstanding", List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS));
            parameters.put("day", DatePrecision.DAY);
            parameters.put("month", DatePrecision.MONTH);
            parameters.put("today", today);
            parameters.put("firstOfMonth", today.withDayOfMonth(1));
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            where.append(" AND (LOWER(a.description) LIKE :text OR LOWER(a.reference) LIKE :text)");
            parameters.put("text", "%" + criteria.text().strip().toLowerCase() + "%");
        }
        return where.toString();
    }
}
