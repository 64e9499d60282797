package scot.cpib.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    private static final PartialDate DAY = PartialDate.onDay(LocalDate.of(2019, 2, 28));
    private static final PartialDate FEBRUARY = PartialDate.inMonth(YearMonth.of(2019, 2));
    private static final PartialDate Q1 = PartialDate.inQuarter(2019, 1);

    @Test
    void aDayHasPassedFromTheNextDay() {
        assertFalse(DAY.isPassedOn(LocalDate.of(2019, 2, 28)));
        assertTrue(DAY.isPassedOn(LocalDate.of(2019, 3, 1)));
    }

    @Test
    void aMonthHasPassedOnlyAfterItsLastDay() {
        assertFalse(FEBRUARY.isPassedOn(LocalDate.of(2019, 2, 1)));
        assertFalse(FEBRUARY.isPassedOn(LocalDate.of(2019, 2, 28)));
        assertTrue(FEBRUARY.isPassedOn(LocalDate.of(2019, 3, 1)));
    }

    @Test
    void februaryOfALeapYearEndsOnThe29th() {
        PartialDate leap = PartialDate.inMonth(YearMonth.of(2020, 2));
        assertEquals(LocalDate.of(2020, 2, 29), leap.lastDay());
        assertFalse(leap.isPassedOn(LocalDate.of(2020, 2, 29)));
    }

    @Test
    void aQuarterHasPassedOnlyAfterTheLastDayOfItsThirdMonth() {
        PartialDate q2 = PartialDate.inQuarter(2019, 2);
        assertEquals(LocalDate.of(2019, 4, 1), q2.firstDay());
        assertEquals(LocalDate.of(2019, 6, 30), q2.lastDay());
        assertFalse(q2.isPassedOn(LocalDate.of(2019, 6, 30)));
        assertTrue(q2.isPassedOn(LocalDate.of(2019, 7, 1)));
        assertEquals(LocalDate.of(2019, 12, 31), PartialDate.inQuarter(2019, 4).lastDay());
    }

    @Test
    void thereIsNoFifthQuarter() {
        DomainException e = assertThrows(DomainException.class, () -> PartialDate.inQuarter(2019, 5));
        assertEquals("partialDate.quarterOutOfRange", e.getMessageKey());
        assertThrows(DomainException.class, () -> PartialDate.inQuarter(2019, 0));
    }

    @Test
    void aSpanIsAfterADayOnlyWhenItBeginsLater() {
        assertTrue(FEBRUARY.isAfter(LocalDate.of(2019, 1, 31)));
        assertFalse(FEBRUARY.isAfter(LocalDate.of(2019, 2, 1)));
        assertTrue(FEBRUARY.covers(LocalDate.of(2019, 2, 14)));
        assertFalse(FEBRUARY.covers(LocalDate.of(2019, 3, 1)));
    }

    @Test
    void labelsFollowThePrecisionInUkStyle() {
        assertEquals("28 February 2019", DAY.getLabel());
        assertEquals("1 March 2019", PartialDate.onDay(LocalDate.of(2019, 3, 1)).getLabel());
        assertEquals("February 2019", FEBRUARY.getLabel());
        assertEquals("Q1 2019", Q1.getLabel());
        assertEquals("Q4 2019", PartialDate.inQuarter(2019, 4).getLabel());
    }

    @Test
    void isoFormsRoundTrip() {
        assertEquals("2019-02-28", DAY.toIso());
        assertEquals("2019-02", FEBRUARY.toIso());
        assertEquals("2019-Q1", Q1.toIso());
        for (PartialDate date : List.of(DAY, FEBRUARY, Q1)) {
            assertEquals(date, PartialDate.parseIso(date.toIso()));
        }
        assertThrows(DateTimeParseException.class, () -> PartialDate.parseIso("2019-Q5"));
        assertThrows(DateTimeParseException.class, () -> PartialDate.parseIso("Feb 2019"));
    }

    @Test
    void ordersByLastDayCoveredThenByPrecision() {
        PartialDate midFebruary = PartialDate.onDay(LocalDate.of(2019, 2, 15));
        PartialDate march = PartialDate.inMonth(YearMonth.of(2019, 3));
        PartialDate lastOfMarch = PartialDate.onDay(LocalDate.of(2019, 3, 31));
        List<PartialDate> dates = new ArrayList<>(List.of(Q1, march, FEBRUARY, lastOfMarch, DAY, midFebruary));
        Collections.shuffle(dates);
        Collections.sort(dates);
        assertEquals(List.of(midFebruary, DAY, FEBRUARY, lastOfMarch, march, Q1), dates);
    }

    @Test
    void equalWhenSameStartAndPrecision() {
        assertEquals(FEBRUARY, PartialDate.inMonth(YearMonth.of(2019, 2)));
        assertFalse(FEBRUARY.equals(PartialDate.onDay(LocalDate.of(2019, 2, 1))));
        assertEquals(0, FEBRUARY.compareTo(PartialDate.inMonth(YearMonth.of(2019, 2))));
    }
}
