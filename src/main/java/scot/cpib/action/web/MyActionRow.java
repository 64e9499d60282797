package scot.cpib.action.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import scot.cpib.action.application.OwnedAction;
import scot.cpib.shared.web.Formats;

/**
 * One action as "My actions" lists it, every text and address worked out once in Java, so that the
 * row is plain markup reading properties (decision 81): a list of 90 rows rendered from expressions
 * that called methods and looked up bundle keys cost most of the page's time.
 */
public final class MyActionRow {

    private final Long id;
    private final String reference;
    private final String displayReference;
    private final String description;
    private final String due;
    private final String statusClass;
    private final String status;
    private final boolean overdue;
    private final String latestNote;
    private final String latestBy;
    private final String agreedAtLabel;
    private final String agreedAtAddress;
    private final String owners;
    private final String completedOn;
    private final String updateAddress;
    private final String updateHint;
    private final boolean formOpen;
    private final boolean justSaved;

    /**
     * What the rows of one page share: today, the context path, the address that opens an action's form
     * ({@code updatePrefix + id + updateSuffix}), the action whose form is open and the one just saved.
     */
    record Page(LocalDate today, String contextPath, String updatePrefix, String updateSuffix, Long open, Long saved) {
    }

    private MyActionRow(OwnedAction action, Page page, ResourceBundle texts) {
        String contextPath = page.contextPath();
        id = action.id();
        reference = action.reference();
        displayReference = action.displayReference();
        description = action.description();
        due = action.due() == null ? texts.getString("action.due.none") : action.due().getLabel();
        statusClass = "tag tag--" + action.status().name().toLowerCase(Locale.ROOT);
        status = texts.getString("action.status." + action.status().name());
        overdue = action.isOverdueOn(page.today());
        OwnedAction.Note latest = action.latestNote();
        latestNote = latest == null ? "" : latest.text();
        latestBy = latest == null ? "" : "(" + latest.author() + ", " + Formats.date(latest.recordedOn()) + ")";
        if (action.meetingId() != null) {
            agreedAtLabel = texts.getString("register.meetingLink").replace("{0}", String.valueOf(action.meetingNumber()))
                    .replace("{1}", Formats.date(action.meetingDate()));
            agreedAtAddress = contextPath + "/meetings/view.xhtml?id=" + action.meetingId();
        } else if (action.engagementId() != null) {
            agreedAtLabel = texts.getString("register.engagementLink").replace("{0}", action.engagementDate().getLabel());
            agreedAtAddress = contextPath + "/engagement/view.xhtml?id=" + action.engagementId();
        } else {
            agreedAtLabel = "";
            agreedAtAddress = null;
        }
        owners = String.join(", ", action.owners());
        completedOn = action.completedOn() == null ? "" : Formats.date(action.completedOn());
        updateAddress = page.updatePrefix() + id + page.updateSuffix();
        updateHint = texts.getString("mine.update.on").replace("{0}", reference);
        formOpen = Objects.equals(id, page.open());
        justSaved = Objects.equals(id, page.saved());
    }

    /** The rows of these actions, in their order, in the words of the actions bundle. */
    static List<MyActionRow> of(List<OwnedAction> actions, Page page) {
        ResourceBundle texts = ResourceBundle.getBundle("i18n.actions", Locale.UK);
        return actions.stream().map(a -> new MyActionRow(a, page, texts)).toList();
    }

    public Long getId() {
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

    public String getDue() {
        return due;
    }

    public String getStatusClass() {
        return statusClass;
    }

    public String getStatus() {
        return status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public String getLatestNote() {
        return latestNote;
    }

    public String getLatestBy() {
        return latestBy;
    }

    public String getAgreedAtLabel() {
        return agreedAtLabel;
    }

    public String getAgreedAtAddress() {
        return agreedAtAddress;
    }

    public String getOwners() {
        return owners;
    }

    public String getCompletedOn() {
        return completedOn;
    }

    public String getUpdateAddress() {
        return updateAddress;
    }

    /** Said after "Update" to screen readers: which action's form it opens. */
    public String getUpdateHint() {
        return updateHint;
    }

    /** This action's form is open under its row (its Update link is then not shown). */
    public boolean isFormOpen() {
        return formOpen;
    }

    /** Progress on this action was saved just now: the row is marked and takes the focus. */
    public boolean isJustSaved() {
        return justSaved;
    }
}
