package scot.cpib.minutes.web;

import java.io.Serializable;
import scot.cpib.action.application.ActionSnapshot;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;

/** The secretariat's progress note and status for one action under matters arising. */
public class ProgressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long actionId;
    private long version;
    private String note;
    private ActionStatus status;
    private final ActionStatus statusWhenOpened;
    private Long coveredByItemId;
    private ActionSnapshot conflict;

    ProgressForm(AgreedAction action) {
        this.actionId = action.getId();
        this.version = action.getVersion();
        this.status = action.getStatus();
        this.statusWhenOpened = status;
        this.coveredByItemId = action.getCoveredByItem() == null ? null : action.getCoveredByItem().getId();
    }

    /** Whether a note is typed or the status changed here and not yet recorded. */
    public boolean isTyped() {
        return (note != null && !note.isBlank()) || getChosenStatus() != null;
    }

    /** Someone else updated the action: show theirs, keep this note, save on top of their version next. */
    void conflictWith(ActionSnapshot theirs, long currentVersion) {
        this.conflict = theirs;
        this.version = currentVersion;
    }

    public Long getActionId() {
        return actionId;
    }

    public long getVersion() {
        return version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ActionStatus getStatus() {
        return status;
    }

    /** The status to record: null when the person left it as it was, so a note alone never changes it. */
    public ActionStatus getChosenStatus() {
        return status == statusWhenOpened ? null : status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public Long getCoveredByItemId() {
        return coveredByItemId;
    }

    public void setCoveredByItemId(Long coveredByItemId) {
        this.coveredByItemId = coveredByItemId;
    }

    public ActionSnapshot getConflict() {
        return conflict;
    }
}
