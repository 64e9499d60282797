package scot.cpib.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A date known to a day, a month or a calendar quarter: when an action is due, when an activity should
 * be done, when an engagement took place. Stored as the first day of its span plus its precision; each
 * use names its own two columns with {@code @AttributeOverride} on the fields {@code date} and
 * {@code precision} (which JPQL paths such as {@code a.due.date} also use).
 *
 * <p>A partial date has passed only once the last day of its span is over, so an action due in
 * February 2019 is not overdue until 1 March 2019. Partial dates order by that last day, and a day
 * before the month or quarter ending on it. Labels are written with the patterns of the
 * {@code i18n.messages} bundle ({@code partialDate.*}).
 */
@Embeddable
public class PartialDate implements Comparable<PartialDate>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The label formats by precision and locale, read once from the bundle. */
    private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::lastDay).thenComparing(PartialDate::getPrecision);

    @Column(name = "on_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", length = 10)
    private DatePrecision precision;

    protected PartialDate() {
    }

    private PartialDate(LocalDate date, DatePrecision precision) {
        this.date = Objects.requireNonNull(date);
        this.precision = Objects.requireNonNull(precision);
    }

    /** A date as stored: its first day and its precision (none given is a day), e.g. read as columns in a query. */
    public static PartialDate of(LocalDate date, DatePrecision precision) {
        return new PartialDate(date, precision == null ? DatePrecision.DAY : precision);
    }

    public static PartialDate onDay(LocalDate day) {
        return new PartialDate(day, DatePrecision.DAY);
    }

    public static PartialDate inMonth(YearMonth month) {
        return new PartialDate(month.atDay(1), DatePrecision.MONTH);
    }

    /** A calendar quarter: 1 is January to March, 4 is October to December. */
    public static PartialDate inQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DomainException("partialDate.quarterOutOfRange", null);
        }
        return new PartialDate(LocalDate.of(year, (quarter - 1) * 3 + 1, 1), DatePrecision.QUARTER);
    }

    public LocalDate firstDay() {
        return date;
    }

    /** The last day the span covers: the day itself, the month's last day or the quarter's. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case QUARTER -> YearMonth.from(date).plusMonths(2).atEndOfMonth();
        };
    }

    /** Whether the whole span is over on the given day (a month has passed only after its last day). */
    public boolean isPassedOn(LocalDate today) {
        return today.isAfter(lastDay());
    }

    /** Whether the span has not begun on the given day. */
    public boolean isAfter(LocalDate today) {
        return date.isAfter(today);
    }

    /** Whether the given day falls within the span. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(date) && !day.isAfter(lastDay());
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

    /** 1 to 4: the quarter the span begins in. */
    public int getQuarter() {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /** "28 February 2019", "February 2019" or "Q1 2019", in UK English. */
    public String getLabel() {
        return label(Locale.UK);
    }

    /** The label in the given locale, with the bundle's pattern for this precision. */
    public String label(Locale locale) {
        return FORMATS.computeIfAbsent(precision.name() + "_" + locale.toLanguageTag(), k -> {
            String key = "partialDate." + precision.name().toLowerCase(Locale.ROOT);
            return DateTimeFormatter.ofPattern(ResourceBundle.getBundle("i18n.messages", locale).getString(key), locale);
        }).format(date);
    }

    /** ISO 8601 forms: "2019-02-28" for a day, "2019-02" for a month, "2019-Q1" for a quarter. */
    public String toIso() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case QUARTER -> date.getYear() + "-Q" + getQuarter();
        };
    }

    /** Reads the forms {@link #toIso()} writes; throws {@link DateTimeParseException} otherwise. */
    public static PartialDate parseIso(String text) {
        String value = text.strip();
        if (value.length() == 7 && value.charAt(5) == 'Q') {
            int quarter = Character.getNumericValue(value.charAt(6));
            if (quarter < 1 || quarter > 4) {
                throw new DateTimeParseException("Not a quarter", value, 6);
            }
            return inQuarter(Integer.parseInt(value.substring(0, 4)), quarter);
        }
        if (value.length() == 7) {
            return inMonth(YearMonth.parse(value));
        }
        return onDay(LocalDate.parse(value));
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate that && Objects.equals(date, that.date) && precision == that.precision;
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
