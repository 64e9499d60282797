package scot.cpib.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import scot.cpib.action.application.ResultPage;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Person;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DatePrecision;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * The engagement log: board members and leads who belong to the board (or the secretariat) record
 * engagements and their follow-up actions, which go into the action register; the person who recorded
 * an engagement, or the secretariat, revises it.
 */
@ApplicationScoped
public class EngagementLog {

    @Inject
    private BoardClock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    @Inject
    private Owners owners;

    @Inject
    private EngagementReferences references;

    @Inject
    private AuditTrail audit;

    /** Whether the caller may record engagements: the secretariat, or a member or lead with a current membership. */
    public boolean canRecord() {
        if (currentUser.isSecretariat()) {
            return true;
        }
        Optional<Person> person = currentUser.person();
        return currentUser.isBoardReader() && person.isPresent()
                && directory.membersOn(directory.board(), clock.today()).stream().anyMatch(m -> m.getPerson().equals(person.get()));
    }

    public boolean canRevise(EngagementRecord record) {
        return currentUser.isSecretariat() || (canRecord() && record.getRecordedBy().equals(currentUser.getUsername()));
    }

    /** Records an engagement and creates its follow-up actions in the register (E{id}/1, E{id}/2 …). */
    @Transactional
    public EngagementRecord record(EngagementInput input, List<FollowUpInput> followUps) {
        if (!canRecord()) {
            throw new DomainException("engagement.log.notAllowed");
        }
        Board board = directory.board();
        EngagementRecord record = new EngagementRecord(board, references.details(input), currentUser.getUsername(),
                LocalDateTime.now(ZoneOffset.UTC), clock.today());
        em.persist(record);
        em.flush();
        audit.record(record, "created", summary(record));
        addFollowUps(record, followUps);
        em.flush();
        return record;
    }

    private void addFollowUps(EngagementRecord record, List<FollowUpInput> followUps) {
        int row = 0;
        for (FollowUpInput followUp : followUps) {
            row++;
            AgreedAction action = addFollowUp(record, followUp, row);
            audit.record(action, "created", action.getReference() + ": " + action.getDescription()
                    + " (" + action.getOwnerLabel() + (action.getDue() == null ? "" : ", " + action.getDue().getLabel()) + ")");
        }
    }

    private AgreedAction addFollowUp(EngagementRecord record, FollowUpInput followUp, int row) {
        try {
            AgreedAction action = record.addFollowUp(followUp.description(),
                    followUp.ownerKeys().stream().map(owners::get).toList(), followUp.due(),
                    LocalDateTime.now(ZoneOffset.UTC));
            em.persist(action);
            return action;
        } catch (DomainException e) {
            throw new DomainException(e.getMessageKey(), "followUp" + row + "." + e.getField(), e.getArguments());
        }
    }

    /**
     * Replaces what was recorded, if nobody changed it since the form was opened, and adds any further
     * follow-up actions (earlier ones stay in the register, where their progress is kept).
     */
    @Transactional
    public EngagementRecord revise(Long id, long expectedVersion, EngagementInput input, List<FollowUpInput> followUps) {
        EngagementRecord record = get(id);
        if (!canRevise(record)) {
            throw new DomainException("engagement.log.notAllowedToRevise");
        }
        Versions.require(record, expectedVersion, () -> RecordSnapshot.of(record));
        String date = record.getDate().getLabel();
        String person = record.getPerson().getDisplayName();
        String groups = names(record.getGroups());
        String channel = record.getChannel().getName();
        String event = record.getEventLabel();
        String messages = messages(record);
        Integer reached = record.getPeopleReached();
        String heard = record.getHeard();
        String learned = record.getLearned();
        record.revise(references.details(input), clock.today());
        String summary = summary(record);
        audit.change(record, "date", date, record.getDate().getLabel(), summary);
        audit.change(record, "person", person, record.getPerson().getDisplayName(), summary);
        audit.change(record, "groups", groups, names(record.getGroups()), summary);
        audit.change(record, "channel", channel, record.getChannel().getName(), summary);
        audit.change(record, "event", event, record.getEventLabel(), summary);
        audit.change(record, "messages", messages, messages(record), summary);
        audit.change(record, "peopleReached", reached, record.getPeopleReached(), summary);
        audit.change(record, "heard", heard, record.getHeard(), summary);
        audit.change(record, "learned", learned, record.getLearned(), summary);
        addFollowUps(record, followUps);
        em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return record;
    }

    public Optional<EngagementRecord> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(EngagementRecord.class, id));
    }

    public EngagementRecord get(Long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Engagement", id));
    }

    /**
     * Engagements of this board matching the filter, latest first; their people (with organisations),
     * channels and events joined, their groups and messages in one batched query each for the whole list.
     */
    public List<EngagementRecord> list(LogFilter filter) {
        return list(filter, false);
    }

    /**
     * As {@link #list(LogFilter)}, with each record's follow-up actions and their owners batched too, for
     * the API, which writes them for every record (a query a record before: 1,250 for board 1's records at
     * national scale). Kept apart because the nested batch reads the follow-ups even where a page does not
     * show them (coverage).
     */
    public List<EngagementRecord> listWithFollowUps(LogFilter filter) {
        return list(filter, true);
    }

    private List<EngagementRecord> list(LogFilter filter, boolean followUps) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM EngagementRecord r WHERE r.board.id = :board");
        if (filter.from() != null) {
            jpql.append(" AND r.date.date >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" AND r.date.date <= :to");
        }
        if (filter.groupId() != null) {
            jpql.append(" AND EXISTS (SELECT g FROM EngagementRecord r2 JOIN r2.groups g WHERE r2 = r AND g.id = :group)");
        }
        if (filter.messageId() != null) {
            jpql.append(" AND EXISTS (SELECT m FROM EngagementRecord r3 JOIN r3.messages m WHERE r3 = r AND m.id = :message)");
        }
        if (!filter.includeSample()) {
            jpql.append(" AND r.sampleData = FALSE");
        }
        var query = em.createQuery(jpql.toString(), EngagementRecord.class).setParameter("board", directory.boardId());
        query.setHint("eclipselink.batch.type", "IN");
        // Coverage reads a strategy's period of records (1,250 at national scale): one IN list each, not chunks of 500.
        query.setHint("eclipselink.batch.size", 5000);
        if (followUps) {
            for (String path : List.of("r.groups", "r.messages", "r.person", "r.person.organisation", "r.channel", "r.event",
                    "r.followUps", "r.followUps.owners", "r.followUps.owners.person", "r.followUps.owners.organisation",
                    "r.followUps.owners.group")) {
                query.setHint("eclipselink.batch", path);
            }
        } else {
            // Who, their organisation, the channel and the event (each read with every record) joined into the
            // records' query rather than a query each (issue 13: coverage took 11 statements, now 8).
            query.setHint("eclipselink.join-fetch", "r.person");
            query.setHint("eclipselink.left-join-fetch", "r.person.organisation");
            query.setHint("eclipselink.join-fetch", "r.channel");
            query.setHint("eclipselink.left-join-fetch", "r.event");
            query.setHint("eclipselink.batch", "r.groups");
            query.setHint("eclipselink.batch", "r.messages");
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().withDayOfMonth(1));
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (filter.groupId() != null) {
            query.setParameter("group", filter.groupId());
        }
        if (filter.messageId() != null) {
            query.setParameter("message", filter.messageId());
        }
        return query.getResultList().stream()
                .filter(r -> filter.from() == null || !r.getDate().lastDay().isBefore(filter.from()))
                .sorted(Comparator.comparing((EngagementRecord r) -> r.getDate().firstDay()).reversed()
                        .thenComparing(EngagementRecord::getRecordedAt, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * One page (from 0) of the engagements matching the filter, latest first, with how many match in all:
     * a count and the page's rows, and their people (with organisations), channels and events joined,
     * groups, messages and follow-up actions one batched query each (issue 13: the whole log of 50,000
     * records, and a query per record for its follow-ups, was one page).
     */
    public ResultPage<EngagementRecord> page(LogFilter filter, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM EngagementRecord r" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        int shown = total == 0 ? 0 : Math.min(Math.max(page, 0), (int) ((total - 1) / size));
        TypedQuery<EngagementRecord> select = em.createQuery("SELECT r FROM EngagementRecord r" + where
                + " ORDER BY r.date.date DESC, r.recordedAt DESC, r.id DESC", EngagementRecord.class);
        parameters.forEach(select::setParameter);
        for (String path : List.of("r.person", "r.person.organisation", "r.channel", "r.event")) {
            select.setHint("eclipselink.left-join-fetch", path);
        }
        select.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("r.groups", "r.messages", "r.followUps")) {
            select.setHint("eclipselink.batch", path);
        }
        List<EngagementRecord> records = total == 0 ? List.of()
                : select.setFirstResult(shown * size).setMaxResults(size).getResultList();
        return new ResultPage<>(records, total, shown, size);
    }

    /**
     * The filter as a query's conditions. An engagement known only to its month (or quarter) counts from
     * a day in that month: it overlaps the range when its last day is on or after the range's first.
     */
    private String where(LogFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE r.board.id = :board");
        parameters.put("board", directory.boardId());
        if (filter.from() != null) {
            where.append(" AND (r.date.date >= :from OR (r.date.precision = :month AND r.date.date >= :fromMonth)"
                    + " OR (r.date.precision = :quarter AND r.date.date >= :fromQuarter))");
            parameters.put("from", filter.from());
            parameters.put("month", DatePrecision.MONTH);
            parameters.put("fromMonth", filter.from().withDayOfMonth(1));
            parameters.put("quarter", DatePrecision.QUARTER);
            parameters.put("fromQuarter", LocalDate.of(filter.from().getYear(), (filter.from().getMonthValue() - 1) / 3 * 3 + 1, 1));
        }
        if (filter.to() != null) {
            where.append(" AND r.date.date <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.groupId() != null) {
            where.append(" AND EXISTS (SELECT g FROM EngagementRecord r2 JOIN r2.groups g WHERE r2 = r AND g.id = :group)");
            parameters.put("group", filter.groupId());
        }
        if (filter.messageId() != null) {
            where.append(" AND EXISTS (SELECT m FROM EngagementRecord r3 JOIN r3.messages m WHERE r3 = r AND m.id = :message)");
            parameters.put("message", filter.messageId());
        }
        if (!filter.includeSample()) {
            where.append(" AND r.sampleData = FALSE");
        }
        return where.toString();
    }

    private static String summary(EngagementRecord record) {
        String event = record.getEventLabel();
        return "Engagement E" + record.getId() + ", " + record.getDate().getLabel() + ", " + record.getPerson().getDisplayName()
                + (event == null ? "" : ": " + event);
    }

    static String names(List<StakeholderGroup> groups) {
        return groups.stream().map(StakeholderGroup::getName).sorted().collect(Collectors.joining("; "));
    }

    private static String messages(EngagementRecord record) {
        return record.getMessages().stream().map(m -> String.valueOf(m.getNumber())).collect(Collectors.joining(", "));
    }
}
