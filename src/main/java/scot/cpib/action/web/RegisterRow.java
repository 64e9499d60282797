package scot.cpib.action.web;

import java.util.ResourceBundle;
import scot.cpib.action.application.ActionSummary;
import scot.cpib.shared.web.Formats;

/**
 * One row of the action register as the page shows it, every text made once in Java when the page is
 * read (issue 13: the page's expressions then only read properties, instead of calling a method of
 * the bean or of a string, found by reflection each time, several times a row).
 */
public final class RegisterRow {

    private final long id;
    private final String reference;
    private final String displayReference;
    private final String description;
    private final String originPath;
    private final String originText;
    private final String owners;
    private final String due;
    private final String statusClass;
    private final String statusText;
    private final boolean overdue;
    private final String latestNote;

    RegisterRow(ActionSummary action, boolean overdue, ResourceBundle texts) {
        this.id = action.id();
        this.reference = action.reference();
        this.displayReference = action.displayReference();
        this.description = action.description();
        if (action.meetingId() != null) {
            originPath = "/meetings/view.xhtml?id=" + action.meetingId();
            originText = texts.getString("register.meetingLink").replace("{0}", String.valueOf(action.meetingNumber()))
                    .replace("{1}", Formats.date(action.meetingDate()));
        } else {
            originPath = "/engagement/view.xhtml?id=" + action.engagementRecordId();
            originText = texts.getString("register.engagementLink").replace("{0}", action.engagementDate().getLabel());
        }
        this.owners = String.join(", ", action.owners().stream().map(ActionSummary.Owner::label).toList());
        this.due = action.due() == null ? texts.getString("action.due.none") : action.due().getLabel();
        this.statusClass = "tag tag--" + action.status().name().toLowerCase(java.util.Locale.ROOT);
        this.statusText = texts.getString("action.status." + action.status().name());
        this.overdue = overdue;
        this.latestNote = action.latestNote() == null ? "" : action.latestNote().note();
    }

    public long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getDisplayReference() {
        return displayReference;
    }

    public String getDescription() {
        return description;
    }

    /** The meeting or engagement the action came from, as a path within the app. */
    public String getOriginPath() {
        return originPath;
    }

    public String getOriginText() {
        return originText;
    }

    public String getOwners() {
        return owners;
    }

    public String getDue() {
        return due;
    }

    public String getStatusClass() {
        return statusClass;
    }

    public String getStatusText() {
        return statusText;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public String getLatestNote() {
        return latestNote;
    }
}
