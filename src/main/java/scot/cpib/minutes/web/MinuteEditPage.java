package scot.cpib.minutes.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
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
import scot.cpib.shared.web.ShownRows;

/**
 * Writing the minute, a part per agenda item: narrative and decisions; any Save saves every item
 * changed, so text typed under one item is not lost by saving another; after approval each save is an
 * amendment with a reason. The item's actions are in {@link MinuteActionsForm}.
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
    private final ShownRows shown = new ShownRows();

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

    /**
     * The agenda's items in reading order; on a post, in the order the page showed them, so text typed
     * under an item is saved under that item even when someone has meanwhile moved or added one.
     */
    public List<AgendaItem> getItems() {
        Meeting meeting = getMeeting();
        if (meeting == null) {
            return List.of();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return shown.arrange(meeting.getAgendaInReadingOrder(), AgendaItem::getId, faces.isPostback(),
                faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE);
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

    /**
     * Whether this item's form holds text that is not saved (typed before another part of the page was
     * saved, or refused): the page marks it so that leaving the page warns.
     */
    public boolean unsaved(AgendaItem item) {
        EntryForm form = entryForms.get(item.getId());
        return form != null && form.differsFrom(entry(item));
    }

    /**
     * "Save item n": saves every item whose narrative or decisions were changed, not only the pressed
     * one, so nothing typed elsewhere on the page is lost (each with its own version check, amendment
     * reason and messages). With nothing changed anywhere, the pressed item says so.
     */
    public void saveEntry(ActionEvent event) {
        Long pressed = (Long) event.getComponent().getAttributes().get("itemId");
        String formId = FieldMessages.formOf(event);
        if (!saveChangedEntries(formId)) {
            AgendaItem item = getItems().stream().filter(i -> i.getId().equals(pressed)).findFirst().orElseThrow();
            if (save(item, entryForms.get(pressed), entryFormId(formId, getItems().indexOf(item)))) {
                FieldMessages.info(getMeeting().isMinuteLocked() ? "minute.edit.amended" : "minute.edit.saved", item.getLabel());
            }
        }
    }

    /**
     * Saves the entries of every item whose text differs from what is stored; answers whether there
     * was any. {@code anyFormId} is the client id of any part of the page's form
     * ("minute:items:2:entry"), to place each item's messages.
     */
    public boolean saveChangedEntries(String anyFormId) {
        List<AgendaItem> items = getItems();
        Map<Long, MinuteEntry> stored = entries();
        List<String> saved = new ArrayList<>();
        boolean any = false;
        for (int index = 0; index < items.size(); index++) {
            AgendaItem item = items.get(index);
            EntryForm form = entryForms.get(item.getId());
            if (form != null && form.differsFrom(stored.get(item.getId()))) {
                any = true;
                if (save(item, form, entryFormId(anyFormId, index))) {
                    saved.add(item.getLabel());
                }
            }
        }
        FacesContext.getCurrentInstance().getAttributes().remove(ENTRIES);
        if (!saved.isEmpty()) {
            boolean amending = getMeeting().isMinuteLocked();
            if (saved.size() == 1) {
                FieldMessages.info(amending ? "minute.edit.amended" : "minute.edit.saved", saved.get(0));
            } else {
                FieldMessages.info(amending ? "minute.edit.amendedMany" : "minute.edit.savedMany",
                        String.join(", ", saved.subList(0, saved.size() - 1)), saved.get(saved.size() - 1));
            }
        }
        return any;
    }

    /** Saves one item's narrative and decisions (an amendment, with its reason, once approved). */
    private boolean save(AgendaItem item, EntryForm form, String formId) {
        Long itemId = item.getId();
        boolean amending = getMeeting().isMinuteLocked();
        String where = PageMessages.text("minute.where.item", item.getLabel());
        try {
            MinuteEntry saved = writing.save(itemId, form.getVersion(), form.getNarrative(), form.getDecisions(),
                    amending ? form.getReason() : null);
            entryForms.put(itemId, new EntryForm(itemId, saved));
            FacesContext.getCurrentInstance().getAttributes().remove(ENTRIES);
            return true;
        } catch (ConcurrentEditException e) {
            Long current = minutes.entryOf(item).map(MinuteEntry::getVersion).orElse(null);
            form.conflictWith(e.theirs(EntrySnapshot.class), current);
            FieldMessages.conflict(where, formId, "narrative");
        } catch (DomainException e) {
            FieldMessages.error(where, formId, e, e.getField());
        }
        return false;
    }

    /** The client id of the entry form of the item at this index: "minute:items:3:entry". */
    private static String entryFormId(String anyFormId, int index) {
        String rows = ":items:";
        return anyFormId.substring(0, anyFormId.indexOf(rows) + rows.length()) + index + ":entry";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
