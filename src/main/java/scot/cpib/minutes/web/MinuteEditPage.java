package scot.cpib.minutes.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.application.EntrySnapshot;
import scot.cpib.minutes.application.MinuteQueries;
import scot.cpib.minutes.application.MinuteWriting;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * Writing the minute, one form per agenda item: narrative and decisions, saved item by item; after
 * approval each save is an amendment with a reason. The item's actions are in {@link MinuteActionsForm}.
 */
@Named
@ViewScoped
public class MinuteEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MEETING = "minuteEdit.meeting";
    private static final String ENTRIES = "minuteEdit.entries";

    @Inject
    private MeetingQueries meetings;

    @Inject
    private MinuteQueries minutes;

    @Inject
    private MinuteWriting writing;

    private Long id;
    private final Map<Long, EntryForm> entryForms = new HashMap<>();

    /** View action on the first request: the meeting must exist. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (getMeeting() == null) {
            NotFoundPage.send();
        }
    }

    public Meeting getMeeting() {
        return MeetingLoader.current(MEETING, id, meetings::findVisible);
    }

    public List<AgendaItem> getItems() {
        Meeting meeting = getMeeting();
        return meeting == null ? List.of() : meeting.getAgendaInReadingOrder();
    }

    @SuppressWarnings("unchecked")
    private Map<Long, MinuteEntry> entries() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        return (Map<Long, MinuteEntry>) request.computeIfAbsent(ENTRIES, k -> minutes.entriesOf(getMeeting()));
    }

    public MinuteEntry entry(AgendaItem item) {
        return entries().get(item.getId());
    }

    public EntryForm entryForm(AgendaItem item) {
        return entryForms.computeIfAbsent(item.getId(), itemId -> new EntryForm(itemId, entry(item)));
    }

    /** Saves one item's narrative and decisions (an amendment, with its reason, once approved). */
    public void saveEntry(ActionEvent event) {
        Long itemId = (Long) event.getComponent().getAttributes().get("itemId");
        String label = (String) event.getComponent().getAttributes().get("itemLabel");
        EntryForm form = entryForms.get(itemId);
        String formId = FieldMessages.formOf(event);
        boolean amending = getMeeting().isMinuteLocked();
        String where = PageMessages.text("minute.where.item", label);
        try {
            MinuteEntry saved = writing.save(itemId, form.getVersion(), form.getNarrative(), form.getDecisions(),
                    amending ? form.getReason() : null);
            entryForms.put(itemId, new EntryForm(itemId, saved));
            FacesContext.getCurrentInstance().getAttributes().remove(ENTRIES);
            FieldMessages.info(amending ? "minute.edit.amended" : "minute.edit.saved", label);
        } catch (ConcurrentEditException e) {
            Long current = getItems().stream().filter(i -> i.getId().equals(itemId)).findFirst()
                    .flatMap(minutes::entryOf).map(MinuteEntry::getVersion).orElse(null);
            form.conflictWith(e.theirs(EntrySnapshot.class), current);
            FieldMessages.conflict(where, formId, "narrative");
        } catch (DomainException e) {
            FieldMessages.error(where, formId, e, e.getField());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
