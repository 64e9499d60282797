package scot.cpib.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import scot.cpib.shared.domain.UkDates;

/**
 * The one clock of the app: what day it is for the board (Europe/London). Inject it wherever code
 * needs "today" (overdue, due reminders, dates stamped on documents) instead of calling
 * {@code LocalDate.now()}; a test builds one fixed on the day it needs with {@link #fixedOn}.
 */
@ApplicationScoped
public class BoardClock {

    private final Clock clock;

    public BoardClock() {
        this(Clock.system(UkDates.LONDON));
    }

    public BoardClock(Clock clock) {
        this.clock = clock.withZone(UkDates.LONDON);
    }

    /** A clock that always says the given day (midday in London). */
    public static BoardClock fixedOn(LocalDate day) {
        return new BoardClock(Clock.fixed(ZonedDateTime.of(day, LocalTime.NOON, UkDates.LONDON).toInstant(), UkDates.LONDON));
    }

    /** The time of day now in Europe/London (for schedules such as the weekly reminders). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Today's date in Europe/London. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
