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
 * The minute page's actions as values (issue 13): the meeting's actions and all their owners in two
 * queries of columns, rather than the actions as entities with their owners, the owners' people, the
 * people's organisations and the owners' organisations (five).
 */
@ApplicationScoped
public class MinuteLines {

    @PersistenceContext
    private EntityManager em;

    /** The actions agreed at the meeting, keyed by agenda item id, in the order they were numbered. */
    public Map<Long, List<MinuteAction>> actionsOf(Meeting meeting) {
        Map<Long, List<String>> owners = new HashMap<>();
        em.createQuery("SELECT o.action.id, o.asRole, p.title, p.fullName, org.name, org.shortName, g.name FROM ActionOwner o"
                        + " LEFT JOIN o.person p LEFT JOIN o.organisation org LEFT JOIN o.group g"
                        + " WHERE o.action.meeting.id = :m ORDER BY o.position, o.id", Object[].class)
                .setParameter("m", meeting.getId()).getResultList()
                .forEach(row -> owners.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(OwnerRef.label(
                        (MembershipRole) row[1], row[3] == null ? null : Person.displayName((String) row[2], (String) row[3]),
                        row[4] == null ? null : Organisation.label((String) row[4], (String) row[5]), (String) row[6])));
        Map<Long, List<MinuteAction>> actions = new LinkedHashMap<>();
        em.createQuery("SELECT a.id, a.agendaItem.id, a.reference, a.legacyReference, a.description, a.due.date, a.due.precision,"
                        + " a.status FROM AgreedAction a WHERE a.meeting.id = :m ORDER BY a.number, a.id", Object[].class)
                .setParameter("m", meeting.getId()).getResultList()
                .forEach(row -> actions.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add(new MinuteAction((Long) row[0],
                        AgreedAction.displayReference((String) row[2], (String) row[3]), (String) row[4],
                        String.join("/", owners.getOrDefault((Long) row[0], List.of())),
                        row[5] == null ? null : PartialDate.of((LocalDate) row[5], (DatePrecision) row[6]), (ActionStatus) row[7])));
        return actions;
    }
}
