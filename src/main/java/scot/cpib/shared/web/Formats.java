package scot.cpib.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** UK-style dates and times for pages: "28 November 2018", "2pm", "28 November 2018, 14:05". */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String formatDate(LocalDate date) {
        return date(date);
    }

    public String longDate(LocalDate date) {
        return date == null ? "" : DAY_DATE.format(date);
    }

    /** "2pm", "9:30am", "12 noon". */
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

    public String time(LocalTime time) {
        return clock(time);
    }

    public String time24(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** A UTC timestamp shown in UK time. */
    public String dateTime(LocalDateTime utc) {
        return utc == null ? "" : DATE_TIME.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(LONDON));
    }

    public LocalDate today() {
        return LocalDate.now(LONDON);
    }
}
