package scot.cpib.engagement.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import scot.cpib.action.domain.DueDate;
import scot.cpib.shared.domain.DomainException;

/** One follow-up action row of the engagement form: what, owners typed as in the minute, due day or month. */
public class FollowUpRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String description;
    private String owners;
    private DatePrecisionChoice precision = DatePrecisionChoice.MONTH;
    private LocalDate day;
    private Integer month;
    private Integer year;

    /** A row left wholly empty is no action. */
    boolean isBlank() {
        return (description == null || description.isBlank()) && (owners == null || owners.isBlank());
    }

    DueDate due(String prefix) {
        return switch (precision == null ? DatePrecisionChoice.NONE : precision) {
            case NONE -> null;
            case DAY -> {
                if (day == null) {
                    throw new DomainException("minute.edit.dueDayMissing", prefix + "dueDay");
                }
                yield DueDate.onDay(day);
            }
            case MONTH -> {
                if (month == null || year == null) {
                    throw new DomainException("minute.edit.dueMonthMissing", prefix + (month == null ? "dueMonth" : "dueYear"));
                }
                yield DueDate.inMonth(YearMonth.of(year, month));
            }
        };
    }

    String dueField() {
        return precision == DatePrecisionChoice.DAY ? "dueDay" : "dueMonth";
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

    public DatePrecisionChoice getPrecision() {
        return precision;
    }

    public void setPrecision(DatePrecisionChoice precision) {
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
}
