package scot.cpib.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BoardClockTest {

    @Test
    void todayIsTheDayInLondonNotInUtc() {
        // 23:30 UTC on 30 June is already 1 July in London (British Summer Time).
        BoardClock clock = new BoardClock(Clock.fixed(Instant.parse("2019-06-30T23:30:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2019, 7, 1), clock.today());
    }

    @Test
    void inWinterLondonIsOnUtc() {
        BoardClock clock = new BoardClock(Clock.fixed(Instant.parse("2019-01-31T23:30:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2019, 1, 31), clock.today());
    }

    @Test
    void aClockFixedOnADayAlwaysSaysThatDay() {
        assertEquals(LocalDate.of(2018, 11, 28), BoardClock.fixedOn(LocalDate.of(2018, 11, 28)).today());
    }
}
