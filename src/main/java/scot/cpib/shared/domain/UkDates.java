package scot.cpib.shared.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The board's time zone and its UK way of writing a day and a time ("28 November 2018", "2pm"), for
 * domain and application code (audit texts, messages, documents); pages use {@code shared.web.Formats},
 * which says the same.
 */
public final class UkDates {

    /** The board's days begin and end in Europe/London. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private UkDates() {
    }

    /** "28 November 2018"; "" for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "2pm", "9:30am", "12 noon"; "" for none. */
    public static String clock(LocalTime time) {
        if (time == null) {
            return "";
        }
        if (time.equals(LocalTime.NOON)) {
            return "12 noon";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String suffix = time.getHour() < 12 ? "am" : "pm";
        return time.getMinute() == 0 ? hour + suffix : hour + ":" + String.format("%02d", time.getMinute()) + suffix;
    }
}
