package scot.cpib.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.domain.MinuteEntry;

/** Reads a meeting's minute: its entries and agreed actions by agenda item. */
@ApplicationScoped
public class MinuteQueries {

    @PersistenceContext
    private EntityManager em;

    /** The minute entries of the meeting, keyed by agenda item id. */
    public Map<Long, MinuteEntry> entriesOf(Meeting meeting) {
        Map<Long, MinuteEntry> entries = new LinkedHashMap<>();
        em.createQuery("SELECT e FROM MinuteEntry e WHERE e.agendaItem.meeting.id = :m", MinuteEntry.class)
                .setParameter("m", meeting.getId())
                .setHint("eclipselink.join-fetch", "e.agendaItem")
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "e.amendments")
                .getResultList()
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
        // Owners (and who they are), notes and agenda items with the actions, not one query per action (issue 13).
        ActionRegister.fetchingRelations(em.createQuery("SELECT a FROM AgreedAction a WHERE a.meeting.id = :m ORDER BY a.number, a.id",
                        AgreedAction.class))
                .setParameter("m", meeting.getId()).getResultList()
                .forEach(a -> actions.computeIfAbsent(a.getAgendaItem().getId(), k -> new ArrayList<>()).add(a));
        return actions;
    }
}
