package scot.cpib.minutes.web;

import java.io.Serializable;
import java.util.Objects;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.minutes.application.ActionWording;
import scot.cpib.shared.domain.PartialDate;

/** One agreed action as written in the minute form: new (no id) or an existing one being reworded. */
public class ActionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long itemId;
    private Long actionId;
    private String reference;
    private long version;
    private String description;
    private String owners;
    private PartialDate due;
    private ActionStatus status = ActionStatus.OPEN;
    private ActionWording conflict;

    ActionForm(Long itemId) {
        this.itemId = itemId;
    }

    static ActionForm of(AgreedAction action) {
        ActionForm form = new ActionForm(action.getAgendaItem().getId());
        form.actionId = action.getId();
        form.reference = action.getReference();
        form.version = action.getVersion();
        form.description = action.getDescription();
        form.owners = action.getOwnerLabel();
        form.status = action.getStatus();
        form.due = action.getDue();
        return form;
    }

    void conflictWith(ActionWording theirs, long currentVersion) {
        this.conflict = theirs;
        this.version = currentVersion;
    }

    /**
     * Whether the form holds typing that is not saved: for a new action any field filled in, for an
     * existing one any field differing from the action as stored.
     */
    boolean differsFrom(AgreedAction stored) {
        if (stored == null) {
            return !blank(description) || !blank(owners) || due != null;
        }
        return !normal(description).equals(normal(stored.getDescription()))
                || !normal(owners).equals(normal(stored.getOwnerLabel()))
                || !Objects.equals(due, stored.getDue()) || status != stored.getStatus();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String normal(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    public boolean isNew() {
        return actionId == null;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getActionId() {
        return actionId;
    }

    public String getReference() {
        return reference;
    }

    public long getVersion() {
        return version;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwners() {
        return owners;
    }

    public void setOwners(String owners) {
        this.owners = owners;
    }

    public PartialDate getDue() {
        return due;
    }

    public void setDue(PartialDate due) {
        this.due = due;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public ActionWording getConflict() {
        return conflict;
    }
}
