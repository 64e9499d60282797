package scot.cpib.minutes.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.web.QuickAddForm;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.web.PageFocus;
import scot.cpib.minutes.application.ActionDraft;
import scot.cpib.minutes.application.ActionDrafting;
import scot.cpib.minutes.application.ActionWording;
import scot.cpib.minutes.application.MinuteAction;
import scot.cpib.minutes.application.MinuteLines;
import scot.cpib.minutes.application.MinuteQueries;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.shared.web.PartialDateConverter;

/** The agreed actions written inline under each item of the minute: add, reword, remove. */
@Named
@ViewScoped
public class MinuteActionsForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ACTIONS = "minuteActions.actions";
    private static final String LINES = "minuteActions.lines";
    private static final Set<ActionStatus> STATUSES =
            EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.COMPLETE, ActionStatus.SUPERSEDED);

    @Inject
    private MinuteEditPage page;

    @Inject
    private MinuteQueries minutes;

    @Inject
    private MinuteLines minuteLines;

    @Inject
    private Owners owners;

    @Inject
    private ActionDrafting drafting;

    @Inject
    private ActionUpdates actionUpdates;

    @Inject
    private QuickAddForm quickAdd;

    @Inject
    private PageFocus focus;

    private final Map<Long, ActionForm> actionForms = new HashMap<>();
    private final Map<Long, ActionForm> newForms = new HashMap<>();
    private Long removing;
    private String ownersToFinish;

    @SuppressWarnings("unchecked")
    public List<AgreedAction> actions(AgendaItem item) {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        Map<Long, List<AgreedAction>> all = (Map<Long, List<AgreedAction>>)
                request.computeIfAbsent(ACTIONS, k -> minutes.actionsOf(page.getMeeting()));
        return all.getOrDefault(item.getId(), List.of());
    }

    /**
     * The actions under an item of an approved minute, as its table shows them (no form): values, read once
     * a request in one query, as the minute page reads them (issue 13: the entities with their owners, the
     * owners' people and organisations were five queries).
     */
    @SuppressWarnings("unchecked")
    public List<MinuteAction> lines(AgendaItem item) {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        Map<Long, List<MinuteAction>> all = (Map<Long, List<MinuteAction>>)
                request.computeIfAbsent(LINES, k -> minuteLines.actionsOf(page.getMeeting()));
        return all.getOrDefault(item.getId(), List.of());
    }

    public ActionForm form(AgreedAction action) {
        return actionForms.computeIfAbsent(action.getId(), k -> ActionForm.of(action));
    }

    public ActionForm newForm(AgendaItem item) {
        return newForms.computeIfAbsent(item.getId(), this::blank);
    }

    private ActionForm blank(Long itemId) {
        return new ActionForm(itemId);
    }

    /** Whether this action's form holds typing that is not saved, so that leaving the page warns. */
    public boolean unsaved(AgreedAction action) {
        ActionForm form = actionForms.get(action.getId());
        return form != null && form.differsFrom(action);
    }

    /** Whether the new-action form under this item has been filled in but not added. */
    public boolean unsavedNew(AgendaItem item) {
        ActionForm form = newForms.get(item.getId());
        return form != null && form.differsFrom(null);
    }

    /** Adds an action; the minute text typed under any item is saved with it, so nothing typed is lost. */
    public void add(ActionEvent event) {
        Long itemId = (Long) event.getComponent().getAttributes().get("itemId");
        ActionForm form = newForms.get(itemId);
        String formId = FieldMessages.formOf(event);
        page.saveChangedEntries(formId);
        String where = PageMessages.text("minute.where.newAction", event.getComponent().getAttributes().get("itemLabel"));
        try {
            AgreedAction added = drafting.add(itemId, draft(form));
            newForms.remove(itemId);
            actionForms.put(added.getId(), ActionForm.of(added));
            FacesContext.getCurrentInstance().getAttributes().remove(ACTIONS);
            FieldMessages.info("minute.edit.actionAdded", added.getReference());
        } catch (DomainException e) {
            refused(where, formId, e);
        }
    }

    /** Saves an action's wording; the minute text typed under any item is saved with it. */
    public void save(ActionEvent event) {
        Long actionId = (Long) event.getComponent().getAttributes().get("actionId");
        ActionForm form = actionForms.get(actionId);
        String formId = FieldMessages.formOf(event);
        page.saveChangedEntries(formId);
        String where = PageMessages.text("minute.where.action", form.getReference());
        try {
            AgreedAction saved = drafting.redefine(actionId, form.getVersion(), draft(form));
            actionForms.put(actionId, ActionForm.of(saved));
            FacesContext.getCurrentInstance().getAttributes().remove(ACTIONS);
            FieldMessages.info("minute.edit.actionSaved", saved.getReference());
        } catch (ConcurrentEditException e) {
            conflict(form, e, formId, where);
        } catch (DomainException e) {
            refused(where, formId, e);
        }
    }

    /**
     * A refused action, its message next to the field; an owner nobody answers to starts the quick add
     * with that name, so that adding it there brings the person back to this owner field.
     */
    private void refused(String where, String formId, DomainException e) {
        FieldMessages.error(where, formId, e, field(e));
        if ("owner.unknown".equals(e.getMessageKey()) && e.getArguments().length > 0) {
            quickAdd.suggest(String.valueOf(e.getArguments()[0]));
            ownersToFinish = formId + ":owners";
        }
    }

    /** The quick add's button on this page: adds, then returns to the owner field that named the newcomer. */
    public void quickAdd() {
        quickAdd.add().ifPresent(added -> returnToOwners());
    }

    /** The quick add's "Use …": the existing owner is offered, then back to the owner field. */
    public void useExisting() {
        quickAdd.use().ifPresent(used -> returnToOwners());
    }

    private void returnToOwners() {
        if (ownersToFinish != null) {
            focus.moveTo(ownersToFinish);
            ownersToFinish = null;
        }
    }

    /** "Remove action …" only asks: the action's form then offers "Yes, remove" and "Keep". */
    public void askRemove(ActionEvent event) {
        removing = (Long) event.getComponent().getAttributes().get("actionId");
    }

    public void keep(ActionEvent event) {
        removing = null;
    }

    /** Whether the page is asking before removing this action. */
    public boolean asking(AgreedAction action) {
        return action.getId().equals(removing);
    }

    public void remove(ActionEvent event) {
        Long actionId = (Long) event.getComponent().getAttributes().get("actionId");
        removing = null;
        ActionForm form = actionForms.get(actionId);
        String formId = FieldMessages.formOf(event);
        String where = PageMessages.text("minute.where.action", form.getReference());
        try {
            drafting.remove(actionId, form.getVersion());
            actionForms.remove(actionId);
            FacesContext.getCurrentInstance().getAttributes().remove(ACTIONS);
            FieldMessages.info("minute.edit.actionRemoved", form.getReference());
        } catch (ConcurrentEditException e) {
            conflict(form, e, formId, where);
        } catch (DomainException e) {
            FieldMessages.error(where, formId, e, field(e));
        }
    }

    private void conflict(ActionForm form, ConcurrentEditException e, String formId, String where) {
        long current = actionUpdates.find(form.getActionId()).map(AgreedAction::getVersion).orElse(form.getVersion());
        form.conflictWith(e.theirs(ActionWording.class), current);
        FieldMessages.conflict(where, formId, "description");
    }

    /** Turns the typed owners ("IS/Emily Lynch") into directory keys; an unknown name is a field error. */
    private ActionDraft draft(ActionForm form) {
        List<String> keys = owners.allNamed(form.getOwners(), "owners", page.getMeeting().getBoard(), page.getMeeting().getDate())
                .stream().map(OwnerRef::getKey).toList();
        return new ActionDraft(form.getDescription(), keys, form.getDue(), form.getStatus());
    }

    private static String field(DomainException e) {
        return "due".equals(e.getField()) ? PartialDateConverter.inputOf("due") : e.getField();
    }

    /**
     * The owners the board offers on the meeting's day: the roles held that day ("Chair (Steve
     * Grimmond)"), the board's owners, and anyone added on this page.
     */
    public List<OwnerRef> getOwnerOptions() {
        List<OwnerRef> options = new ArrayList<>(owners.choicesOn(page.getMeeting().getBoard(), page.getMeeting().getDate()));
        quickAdd.getAdded().stream().filter(added -> !options.contains(added)).forEach(options::add);
        return options;
    }

    /**
     * The statuses offered for the minute's actions, with every status one of them has now (such as
     * "covered elsewhere", set under matters arising), so each control shows its action's real status
     * and saving a rewording leaves it as it was.
     */
    @SuppressWarnings("unchecked")
    public Set<ActionStatus> getStatuses() {
        Set<ActionStatus> statuses = EnumSet.copyOf(STATUSES);
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        Map<Long, List<AgreedAction>> all = (Map<Long, List<AgreedAction>>)
                request.computeIfAbsent(ACTIONS, k -> minutes.actionsOf(page.getMeeting()));
        all.values().forEach(list -> list.forEach(a -> statuses.add(a.getStatus())));
        return statuses;
    }
}
