package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import scot.cpib.shared.domain.DomainException;

/**
 * When an activity should be done: a day, a month ("Mar 2019") or a calendar quarter ("Q2 2019",
 * April to June). Stored as the first day of the span plus its precision; a target is passed only
 * once the last day of its span is over.
 */
@Embeddable
public class Target {

    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    @Column(name = "target_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_precision", length = 10)
    private TargetPrecision precision;

    protected Target() {
    }

    private Target(LocalDate date, TargetPrecision precision) {
        this.date = Objects.requireNonNull(date);
        this.precision = Objects.requireNonNull(precision);
    }

    public static Target onDay(LocalDate day) {
        return new Target(day, TargetPrecision.DAY);
    }

    public static Target inMonth(YearMonth month) {
        return new Target(month.atDay(1), TargetPrecision.MONTH);
    }

    /** A calendar quarter: 1 is January to March, 4 is October to December. */
    public static Target inQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DomainException("workprogramme.target.quarter", "target");
        }
        return new Target(LocalDate.of(year, (quarter - 1) * 3 + 1, 1), TargetPrecision.QUARTER);
    }

    /** The last day on which the target is still met. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case QUARTER -> YearMonth.from(date).plusMonths(2).atEndOfMonth();
        };
    }

    public boolean isPassedOn(LocalDate today) {
        return today.isAfter(lastDay());
    }

    /** 1 to 4, for a quarter target; the quarter the day falls in otherwise. */
    public int getQuarter() {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /** "28 March 2019", "Mar 2019" or "Q2 2019". */
    public String getLabel() {
        return switch (precision) {
            case DAY -> DAY_FORMAT.format(date);
            case MONTH -> MONTH_FORMAT.format(date);
            case QUARTER -> "Q" + getQuarter() + " " + date.getYear();
        };
    }

    public LocalDate getDate() {
        return date;
    }

    public TargetPrecision getPrecision() {
        return precision;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Target that && Objects.equals(date, that.date) && precision == that.precision;
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
