package scot.cpib.action.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.domain.ActionProgress;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.shared.application.AuditQueries;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.web.IdConverter;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * One action (by id or by reference such as 15/4ii/3): what was agreed, its progress and its full
 * change history, with a progress form for its owners and the secretariat.
 */
@Named
@ViewScoped
public class ActionPage implements Serializable {

    @Inject
    private BoardClock clock;

    private static final long serialVersionUID = 1L;
    static final String ENTITY_TYPE = AgreedAction.class.getSimpleName();

    @Inject
    private transient ActionUpdates updates;

    @Inject
    private transient AuditQueries auditQueries;

    @Inject
    private transient PageMessages messages;

    private String id;
    private String ref;
    private Long actionId;
    private UpdateForm form;
    private transient AgreedAction action;
    private transient List<AuditEntry> history;
    private transient Map<String, String> names;
    private transient List<SelectItem> statusItems;
    private transient List<SelectItem> coverItems;

    /** Finds the action on the first request; an unknown id or reference is the 404 page. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || actionId != null) {
            return;
        }
        Optional<AgreedAction> found = fromAddress(faces);
        if (found.isEmpty()) {
            NotFoundPage.send(faces);
            return;
        }
        action = found.get();
        actionId = action.getId();
        if (updates.canUpdate(action)) {
            form = new UpdateForm(action);
        }
    }

    /**
     * The action of this view. When the session holds more open views than it keeps (many tabs, or
     * parallel loads of the page), this view's bean can be dropped while the page renders and a fresh
     * one asked for; that one finds the action again from the address rather than failing.
     */
    public AgreedAction getAction() {
        if (action == null && actionId != null) {
            action = updates.get(actionId);
        }
        if (action == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            action = fromAddress(faces).orElseThrow(() -> new NotFoundException("Action", id));
            actionId = action.getId();
            if (form == null && !faces.isPostback() && updates.canUpdate(action)) {
                form = new UpdateForm(action);
            }
        }
        return action;
    }

    /** The action named by ?id= or ?ref= (the view parameters, or the request's own when this bean is new). */
    private Optional<AgreedAction> fromAddress(FacesContext faces) {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String number = id != null ? id : parameters.get("id");
        String reference = ref != null ? ref : parameters.get("ref");
        Long parsed = IdConverter.parse(number);
        if (parsed != null) {
            return updates.find(parsed);
        }
        if (reference != null && !reference.isBlank()) {
            return updates.findByReference(reference.strip());
        }
        return Optional.empty();
    }

    public boolean isEditable() {
        return form != null && updates.canUpdate(getAction());
    }

    public UpdateForm getForm() {
        return form;
    }

    public boolean isOverdue() {
        return getAction().isOverdueOn(clock.today());
    }

    /** Progress notes, newest first. */
    public List<ActionProgress> getProgress() {
        return getAction().getProgress().stream()
                .sorted(Comparator.comparing(ActionProgress::getRecordedAt).reversed()).toList();
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = auditQueries.historyOf(ENTITY_TYPE, getAction().getId());
            names = auditQueries.namesOf(history.stream().map(AuditEntry::getUsername).distinct().toList());
        }
        return history;
    }

    /** Who made a change, by name as the progress notes show it; the sign-in name when no person is linked. */
    public String who(AuditEntry entry) {
        getHistory();
        return names.getOrDefault(entry.getUsername(), entry.getUsername());
    }

    public List<ActionStatus> getStatusOptions() {
        return List.copyOf(updates.statusesFor(getAction()));
    }

    public List<AgendaItem> getCoverOptions() {
        return updates.coverOptions(getAction());
    }

    /** The status choices with their names, made once a request (the page's expressions then only read them). */
    public List<SelectItem> getStatusItems() {
        if (statusItems == null) {
            ResourceBundle texts = texts();
            statusItems = getStatusOptions().stream()
                    .map(s -> new SelectItem(s.name(), texts.getString("action.status." + s.name()))).toList();
        }
        return statusItems;
    }

    /** The "covered by" choices, "Meeting 12, 4ii Title", made once a request. */
    public List<SelectItem> getCoverItems() {
        if (coverItems == null) {
            String label = texts().getString("view.coverOption");
            coverItems = getCoverOptions().stream().map(i -> new SelectItem(i.getId(), label
                    .replace("{0}", String.valueOf(i.getMeeting().getNumber())).replace("{1}", Objects.toString(i.getLabel(), ""))
                    .replace("{2}", Objects.toString(i.getTitle(), "")))).toList();
        }
        return coverItems;
    }

    private static ResourceBundle texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "amsg");
    }

    /** A value from the trail as people read it: statuses by name, anything else as recorded. */
    public String readable(AuditEntry entry, String value) {
        if (value != null && "status".equals(entry.getField())) {
            return PageMessages.text("action.status." + value);
        }
        return value == null ? "" : value;
    }

    /** What a line of the trail is about: the field's name, or the event ("Progress reported"). */
    public String describe(AuditEntry entry) {
        String key = entry.getField() == null ? "view.operation." + entry.getOperation() : "view.field." + entry.getField();
        String text = PageMessages.text(key);
        return text.equals(key) ? (entry.getField() == null ? entry.getOperation() : entry.getField()) : text;
    }

    public String update() {
        if (form == null) {
            return null;
        }
        if (form.submit(updates, messages, "update")) {
            messages.info("action.saved");
            return "/actions/view?faces-redirect=true&id=" + actionId;
        }
        action = null;
        statusItems = null;
        coverItems = null;
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
