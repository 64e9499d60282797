package scot.cpib.engagement.domain;

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
 * The date of an engagement or a scheduled event: a day, or a whole month when the paper gives no day
 * ("2019 dates … (Feb, May, August, November)"). A month is stored as its first day.
 */
@Embeddable
public class EngagementDate {

    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Column(name = "on_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, length = 10)
    private DatePrecision precision;

    protected EngagementDate() {
    }

    private EngagementDate(LocalDate date, DatePrecision precision) {
        this.date = Objects.requireNonNull(date);
        this.precision = Objects.requireNonNull(precision);
    }

    public static EngagementDate onDay(LocalDate day) {
        return new EngagementDate(day, DatePrecision.DAY);
    }

    public static EngagementDate inMonth(YearMonth month) {
        return new EngagementDate(month.atDay(1), DatePrecision.MONTH);
    }

    public LocalDate firstDay() {
        return date;
    }

    public LocalDate lastDay() {
        return precision == DatePrecision.MONTH ? YearMonth.from(date).atEndOfMonth() : date;
    }

    /** Whether the date has not come yet on the given day; a month is in the future only once wholly after it. */
    public boolean isAfter(LocalDate today) {
        return firstDay().isAfter(today);
    }

    public LocalDate getDate() {
        return date;
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    public boolean isMonthOnly() {
        return precision == DatePrecision.MONTH;
    }

    /** "1 March 2019" or "May 2019". */
    public String getLabel() {
        return precision == DatePrecision.MONTH ? MONTH_FORMAT.format(date) : DAY_FORMAT.format(date);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EngagementDate that && Objects.equals(date, that.date) && precision == that.precision;
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
