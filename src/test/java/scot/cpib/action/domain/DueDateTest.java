package scot.cpib.action.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DueDateTest {

    @Test
    void monthPrecisionIsOverdueOnlyAfterTheMonthEnds() {
        DueDate february = DueDate.inMonth(YearMonth.of(2019, 2));
        assertFalse(february.isPassedOn(LocalDate.of(2019, 2, 28)));
        assertTrue(february.isPassedOn(LocalDate.of(2019, 3, 1)));
    }

    @Test
    void dayPrecisionIsOverdueTheDayAfter() {
        DueDate day = DueDate.onDay(LocalDate.of(2019, 1, 24));
        assertFalse(day.isPassedOn(LocalDate.of(2019, 1, 24)));
        assertTrue(day.isPassedOn(LocalDate.of(2019, 1, 25)));
    }

    @Test
    void labelsAndIsoFormsFollowThePrecision() {
        assertEquals("Feb 2019", DueDate.inMonth(YearMonth.of(2019, 2)).getLabel());
        assertEquals("24 January 2019", DueDate.onDay(LocalDate.of(2019, 1, 24)).getLabel());
        assertEquals("2019-02", DueDate.inMonth(YearMonth.of(2019, 2)).toIso());
        assertEquals(DueDate.inMonth(YearMonth.of(2019, 5)), DueDate.parseIso("2019-05"));
        assertEquals(DueDate.onDay(LocalDate.of(2019, 5, 3)), DueDate.parseIso("2019-05-03"));
    }
}
