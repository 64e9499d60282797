package scot.cpib.action.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * When an action is due: a day, or a whole month as board minutes usually write it ("Feb").
 * A month-precision action falls overdue only once its month has ended.
 */
@Embeddable
public class DueDate {

    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    @Column(name = "due_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_precision", length = 10)
    private DuePrecision precision;

    protected DueDate() {
    }

    private DueDate(LocalDate date, DuePrecision precision) {
        this.date = Objects.requireNonNull(date);
        this.precision = Objects.requireNonNull(precision);
    }

    public static DueDate onDay(LocalDate day) {
        return new DueDate(day, DuePrecision.DAY);
    }

    public static DueDate inMonth(YearMonth month) {
        return new DueDate(month.atDay(1), DuePrecision.MONTH);
    }

    /** The last day on which the action is still on time. */
    public LocalDate lastDay() {
        return precision == DuePrecision.MONTH ? YearMonth.from(date).atEndOfMonth() : date;
    }

    public boolean isPassedOn(LocalDate today) {
        return today.isAfter(lastDay());
    }

    public LocalDate getDate() {
        return date;
    }

    public DuePrecision getPrecision() {
        return precision;
    }

    public boolean isMonthOnly() {
        return precision == DuePrecision.MONTH;
    }

    /** "Feb 2019" or "28 February 2019". */
    public String getLabel() {
        return precision == DuePrecision.MONTH ? MONTH_FORMAT.format(date) : DAY_FORMAT.format(date);
    }

    /** ISO 8601: "2019-02" for a month, "2019-02-28" for a day. */
    public String toIso() {
        return precision == DuePrecision.MONTH ? YearMonth.from(date).toString() : date.toString();
    }

    /** Parses the ISO forms produced by {@link #toIso()}. */
    public static DueDate parseIso(String text) {
        String value = text.strip();
        if (value.length() == 7) {
            return inMonth(YearMonth.parse(value));
        }
        return onDay(LocalDate.parse(value));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DueDate that && Objects.equals(date, that.date) && precision == that.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, precision);
    }

    @Override
    public String toString() {
        return getLabel();
    }
}
