package scot.cpib.minutes.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.action.domain.DueDate;
import scot.cpib.minutes.application.ActionWording;
import scot.cpib.shared.domain.DomainException;

/** One agreed action as written in the minute form: new (no id) or an existing one being reworded. */
public class ActionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How precisely the minute gives the due date. */
    public enum Precision { NONE, MONTH, DAY }

    private final Long itemId;
    private Long actionId;
    private String reference;
    private long version;
    private String description;
    private String owners;
    private Precision precision = Precision.MONTH;
    private LocalDate day;
    private Integer month;
    private Integer year;
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
        DueDate due = action.getDue();
        if (due == null) {
            form.precision = Precision.NONE;
        } else if (due.isMonthOnly()) {
            form.precision = Precision.MONTH;
            form.month = due.getDate().getMonthValue();
            form.year = due.getDate().getYear();
        } else {
            form.precision = Precision.DAY;
            form.day = due.getDate();
        }
        return form;
    }

    /** The due date as chosen, or a field error when the chosen precision lacks its value. */
    DueDate due() {
        return switch (precision == null ? Precision.NONE : precision) {
            case NONE -> null;
            case DAY -> {
                if (day == null) {
                    throw new DomainException("minute.edit.dueDayMissing", "dueDay");
                }
                yield DueDate.onDay(day);
            }
            case MONTH -> {
                if (month == null || year == null) {
                    throw new DomainException("minute.edit.dueMonthMissing", month == null ? "dueMonth" : "dueYear");
                }
                yield DueDate.inMonth(YearMonth.of(year, month));
            }
        };
    }

    /** The field a due-date rule's message belongs next to, given the precision chosen. */
    String dueField() {
        return precision == Precision.DAY ? "dueDay" : "dueMonth";
    }

    void conflictWith(ActionWording theirs, long currentVersion) {
        this.conflict = theirs;
        this.version = currentVersion;
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

    public Precision getPrecision() {
        return precision;
    }

    public void setPrecision(Precision precision) {
        this.precision = precision;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
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
