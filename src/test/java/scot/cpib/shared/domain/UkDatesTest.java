package scot.cpib.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class UkDatesTest {

    @Test
    void daysAreWrittenTheUkWay() {
        assertEquals("28 November 2018", UkDates.date(LocalDate.of(2018, 11, 28)));
        assertEquals("", UkDates.date(null));
    }

    @Test
    void timesAreWrittenAsThePapersDo() {
        assertEquals("2pm", UkDates.clock(LocalTime.of(14, 0)));
        assertEquals("9:30am", UkDates.clock(LocalTime.of(9, 30)));
        assertEquals("12 noon", UkDates.clock(LocalTime.NOON));
        assertEquals("12am", UkDates.clock(LocalTime.MIDNIGHT));
    }
}
