package scot.cpib.meeting.web;

import java.io.Serializable;
import scot.cpib.meeting.application.ItemDetails;
import scot.cpib.meeting.domain.AgendaPurpose;
import scot.cpib.meeting.domain.StandingKind;

/** The agenda builder's item form: a new item, a new sub-item of a parent, or an existing item being edited. */
public class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editingId;
    private Long parentId;
    private String editingLabel;
    private long version;
    private String title;
    private AgendaPurpose purpose;
    private Long presenterId;
    private StandingKind standingKind;
    private boolean confidential;
    private ItemDetails theirs;

    void reset() {
        editingId = null;
        parentId = null;
        editingLabel = null;
        version = 0;
        title = null;
        purpose = null;
        presenterId = null;
        standingKind = null;
        confidential = false;
        theirs = null;
    }

    void startSub(AgendaRow parent) {
        reset();
        parentId = parent.id();
        editingLabel = parent.getName();
    }

    void startEdit(AgendaRow row) {
        reset();
        editingId = row.id();
        editingLabel = row.getName();
        version = row.version();
        title = row.title();
        purpose = row.purpose();
        presenterId = row.presenterId();
        standingKind = row.standingKind();
        confidential = row.confidential();
    }

    void conflict(ItemDetails saved, long savedVersion) {
        theirs = saved;
        version = savedVersion;
    }

    ItemDetails details() {
        return new ItemDetails(title, purpose, presenterId, standingKind, confidential);
    }

    public Long getEditingId() {
        return editingId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getEditingLabel() {
        return editingLabel;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public ItemDetails getTheirs() {
        return theirs;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public AgendaPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(AgendaPurpose purpose) {
        this.purpose = purpose;
    }

    public Long getPresenterId() {
        return presenterId;
    }

    public void setPresenterId(Long presenterId) {
        this.presenterId = presenterId;
    }

    public StandingKind getStandingKind() {
        return standingKind;
    }

    public void setStandingKind(StandingKind standingKind) {
        this.standingKind = standingKind;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }
}
