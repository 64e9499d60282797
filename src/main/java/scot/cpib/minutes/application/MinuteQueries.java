package scot.cpib.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.domain.MinuteEntry;

/** Reads a meeting's minute: its entries and agreed actions by agenda item, and the owners one may pick. */
@ApplicationScoped
public class MinuteQueries {

    @PersistenceContext
    private EntityManager em;

    /** The minute entries of the meeting, keyed by agenda item id. */
    public Map<Long, MinuteEntry> entriesOf(Meeting meeting) {
        Map<Long, MinuteEntry> entries = new LinkedHashMap<>();
        em.createQuery("SELECT e FROM MinuteEntry e WHERE e.agendaItem.meeting = :m", MinuteEntry.class)
                .setParameter("m", meeting).getResultList()
                .forEach(e -> entries.put(e.getAgendaItem().getId(), e));
        return entries;
    }

    public Optional<MinuteEntry> entryOf(AgendaItem item) {
        return em.createQuery("SELECT e FROM MinuteEntry e WHERE e.agendaItem = :i", MinuteEntry.class)
                .setParameter("i", item).getResultStream().findFirst();
    }

    /** The actions agreed at the meeting, keyed by agenda item id, in the order they were numbered. */
    public Map<Long, List<AgreedAction>> actionsOf(Meeting meeting) {
        Map<Long, List<AgreedAction>> actions = new LinkedHashMap<>();
        em.createQuery("SELECT a FROM AgreedAction a WHERE a.meeting = :m ORDER BY a.number, a.id", AgreedAction.class)
                .setParameter("m", meeting).getResultList()
                .forEach(a -> actions.computeIfAbsent(a.getAgendaItem().getId(), k -> new ArrayList<>()).add(a));
        return actions;
    }

    /** Every possible owner: groups, organisations, then people, each by name. */
    public List<OwnerRef> allOwners() {
        List<OwnerRef> owners = new ArrayList<>();
        em.createQuery("SELECT g FROM OwnerGroup g ORDER BY g.name", OwnerGroup.class).getResultList()
                .forEach(g -> owners.add(OwnerRef.of(g)));
        em.createQuery("SELECT o FROM Organisation o ORDER BY o.name", Organisation.class).getResultList()
                .forEach(o -> owners.add(OwnerRef.of(o)));
        em.createQuery("SELECT p FROM Person p ORDER BY p.fullName", Person.class).getResultList()
                .forEach(p -> owners.add(OwnerRef.of(p)));
        return owners;
    }

    /**
     * The owner a person typed, by the label the minute prints ("IS", "Emily Lynch", "Workstream Leads")
     * or an organisation's full name, ignoring case.
     */
    public Optional<OwnerRef> ownerNamed(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String wanted = typed.strip();
        List<OwnerRef> owners = allOwners();
        return owners.stream().filter(o -> o.getLabel().equalsIgnoreCase(wanted)).findFirst()
                .or(() -> owners.stream().filter(o -> o.organisation() != null
                        && o.organisation().getName().equalsIgnoreCase(wanted)).findFirst())
                .or(() -> owners.stream().filter(o -> o.person() != null
                        && o.person().getFullName().equalsIgnoreCase(wanted)).findFirst());
    }
}
