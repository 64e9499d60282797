package scot.cpib.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.UkDates;

/** UK-style dates and times for pages: "28 November 2018", "2pm", "28 November 2018, 14:05". */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId LONDON = UkDates.LONDON;
    private static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    @Inject
    private BoardClock boardClock;

    public static String date(LocalDate date) {
        return UkDates.date(date);
    }

    public String formatDate(LocalDate date) {
        return date(date);
    }

    public String longDate(LocalDate date) {
        return date == null ? "" : DAY_DATE.format(date);
    }

    /** "2pm", "9:30am", "12 noon". */
    public static String clock(LocalTime time) {
        return UkDates.clock(time);
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
        return boardClock.today();
    }
}
