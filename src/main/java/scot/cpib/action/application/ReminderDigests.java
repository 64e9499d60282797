package scot.cpib.action.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.OwnerPeople;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.board.domain.ReminderFrequency;

/**
 * Who is owed a digest this week and of what: every outstanding action overdue, or due within the lead
 * time, goes to each person its owners stand for today (see {@link OwnerPeople}).
 */
@ApplicationScoped
public class ReminderDigests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Directory directory;

    /** The digests of the day, by person's name. */
    @Transactional
    public List<Digest> on(LocalDate today, int leadDays) {
        LocalDate horizon = today.plusDays(leadDays);
        Map<Board, List<Membership>> members = new HashMap<>();
        Map<Person, List<AgreedAction>> overdue = new LinkedHashMap<>();
        Map<Person, List<AgreedAction>> dueSoon = new LinkedHashMap<>();
        List<AgreedAction> outstanding = em.createQuery("SELECT a FROM AgreedAction a WHERE a.status IN :open"
                        + " AND a.due.date IS NOT NULL ORDER BY a.due.date, a.reference, a.id", AgreedAction.class)
                .setParameter("open", List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)).getResultList();
        for (AgreedAction action : outstanding) {
            boolean late = action.isOverdueOn(today);
            if (!late && action.getDue().firstDay().isAfter(horizon)) {
                continue;
            }
            List<Membership> current = members.computeIfAbsent(action.getBoard(), b -> directory.membersOn(b, today));
            for (OwnerRef owner : action.getOwnerRefs()) {
                for (Person person : OwnerPeople.peopleFor(owner, current)) {
                    List<AgreedAction> list = (late ? overdue : dueSoon).computeIfAbsent(person, p -> new ArrayList<>());
                    if (!list.contains(action)) {
                        list.add(action);
                    }
                }
            }
        }
        Set<Person> people = new HashSet<>(overdue.keySet());
        people.addAll(dueSoon.keySet());
        return people.stream().sorted(Comparator.comparing(Person::getFullName).thenComparing(Person::getId))
                .map(p -> new Digest(p.getId(), p.getDisplayName(), p.getEmail(), lines(overdue.get(p)), lines(dueSoon.get(p))))
                .toList();
    }

    /** The people who chose no reminder e-mails. */
    @Transactional
    public Set<Long> optedOut() {
        return new HashSet<>(em.createQuery("SELECT p.id FROM Person p WHERE p.reminderFrequency = :none", Long.class)
                .setParameter("none", ReminderFrequency.NONE).getResultList());
    }

    private static List<Digest.Line> lines(List<AgreedAction> actions) {
        if (actions == null) {
            return List.of();
        }
        return actions.stream().map(a -> new Digest.Line(a.getId(), a.getDisplayReference(), a.getDescription(),
                a.getDue().getLabel())).toList();
    }
}
