package scot.cpib.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.MembershipRole;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.DatePrecision;
import scot.cpib.shared.domain.PartialDate;

/**
 * The minute's actions as values (issue 13): the meeting's actions with all their owners in one query
 * of columns, rather than the actions as entities with their owners, the owners' people, the people's
 * organisations and the owners' organisations (five). The minute and the minute editor of an approved
 * minute show them.
 */
@ApplicationScoped
public class MinuteLines {

    @PersistenceContext
    private EntityManager em;

    /**
     * The actions agreed at the meeting, keyed by agenda item id, in the order they were numbered: one
     * query, each action's owners joined (a row per owner, in their order), labelled as
     * {@link AgreedAction#getOwnerLabel()} labels them.
     */
    public Map<Long, List<MinuteAction>> actionsOf(Meeting meeting) {
        Map<Long, Object[]> actions = new LinkedHashMap<>();
        Map<Long, List<String>> owners = new HashMap<>();
        em.createQuery("SELECT a.id, a.agendaItem.id, a.reference, a.legacyReference, a.description, a.due.date, a.due.precision,"
                        + " a.status, o.id, o.asRole, p.title, p.fullName, org.name, org.shortName, g.name FROM AgreedAction a"
                        + " LEFT JOIN a.owners o LEFT JOIN o.person p LEFT JOIN o.organisation org LEFT JOIN o.group g"
                        + " WHERE a.meeting.id = :m ORDER BY a.number, a.id, o.position, o.id", Object[].class)
                .setParameter("m", meeting.getId()).getResultList()
                .forEach(row -> {
                    actions.putIfAbsent((Long) row[0], row);
                    if (row[8] != null) {
                        owners.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(OwnerRef.label(
                                (MembershipRole) row[9], row[11] == null ? null : Person.displayName((String) row[10], (String) row[11]),
                                row[12] == null ? null : Organisation.label((String) row[12], (String) row[13]), (String) row[14]));
                    }
                });
        Map<Long, List<MinuteAction>> byItem = new LinkedHashMap<>();
        actions.values().forEach(row -> byItem.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add(new MinuteAction((Long) row[0],
                AgreedAction.displayReference((String) row[2], (String) row[3]), (String) row[4],
                String.join("/", owners.getOrDefault((Long) row[0], List.of())),
                row[5] == null ? null : PartialDate.of((LocalDate) row[5], (DatePrecision) row[6]), (ActionStatus) row[7])));
        return byItem;
    }
}
