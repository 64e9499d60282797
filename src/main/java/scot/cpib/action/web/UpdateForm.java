package scot.cpib.action.web;

import java.io.Serializable;
import scot.cpib.action.application.ActionSnapshot;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.application.ProgressUpdate;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/**
 * The progress form of one action: what the person typed, and the version of the action the form
 * was opened at. After a conflict it also holds the version saved by someone else.
 */
public class UpdateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long actionId;
    private long version;
    private String note;
    private String status;
    private final String statusWhenOpened;
    private Long coveredBy;
    private Conflict conflict;

    public UpdateForm(AgreedAction action) {
        this.actionId = action.getId();
        this.version = action.getVersion();
        this.status = action.getStatus().name();
        this.statusWhenOpened = status;
        this.coveredBy = action.getCoveredByItem() == null ? null : action.getCoveredByItem().getId();
    }

    /**
     * Sends the update; the status only when the person chose a different one, so a note alone never
     * changes it. On a broken rule the message goes next to the field; on a conflict the saved
     * version is kept for the page and the form moves to it, so saving again replaces it.
     *
     * @return true when saved
     */
    public boolean submit(ActionUpdates updates, PageMessages messages, String formId) {
        conflict = null;
        boolean unchanged = status == null || status.isBlank() || status.equals(statusWhenOpened);
        ActionStatus newStatus = unchanged ? null : ActionStatus.valueOf(status);
        try {
            updates.update(actionId, version, new ProgressUpdate(note, newStatus,
                    newStatus == ActionStatus.COVERED_ELSEWHERE ? coveredBy : null, null));
            return true;
        } catch (ConcurrentEditException e) {
            ActionSnapshot theirs = e.theirs(ActionSnapshot.class);
            conflict = new Conflict(theirs.status(), theirs.latestNote(), theirs.latestAuthor());
            version = updates.get(actionId).getVersion();
            messages.conflict(null);
            return false;
        } catch (DomainException e) {
            messages.error(e, formId);
            return false;
        }
    }

    /** The action as someone else saved it while this form was open. */
    public record Conflict(String status, String note, String author) implements Serializable {
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getCoveredBy() {
        return coveredBy;
    }

    public void setCoveredBy(Long coveredBy) {
        this.coveredBy = coveredBy;
    }

    public Conflict getConflict() {
        return conflict;
    }
}
