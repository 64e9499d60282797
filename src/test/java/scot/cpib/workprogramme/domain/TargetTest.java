package scot.cpib.workprogramme.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.DomainException;

class TargetTest {

    @Test
    void labelsFollowThePrecision() {
        assertEquals("Q2 2019", Target.inQuarter(2019, 2).getLabel());
        assertEquals("Mar 2019", Target.inMonth(YearMonth.of(2019, 3)).getLabel());
        assertEquals("28 March 2019", Target.onDay(LocalDate.of(2019, 3, 28)).getLabel());
    }

    @Test
    void quarterTargetIsPassedOnlyAfterItsLastMonthEnds() {
        Target q2 = Target.inQuarter(2019, 2);
        assertEquals(LocalDate.of(2019, 4, 1), q2.getDate());
        assertEquals(LocalDate.of(2019, 6, 30), q2.lastDay());
        assertFalse(q2.isPassedOn(LocalDate.of(2019, 6, 30)));
        assertTrue(q2.isPassedOn(LocalDate.of(2019, 7, 1)));
    }

    @Test
    void monthTargetIsPassedAfterTheMonthAndDayTargetTheDayAfter() {
        assertFalse(Target.inMonth(YearMonth.of(2019, 2)).isPassedOn(LocalDate.of(2019, 2, 28)));
        assertTrue(Target.inMonth(YearMonth.of(2019, 2)).isPassedOn(LocalDate.of(2019, 3, 1)));
        assertFalse(Target.onDay(LocalDate.of(2019, 5, 3)).isPassedOn(LocalDate.of(2019, 5, 3)));
        assertTrue(Target.onDay(LocalDate.of(2019, 5, 3)).isPassedOn(LocalDate.of(2019, 5, 4)));
    }

    @Test
    void fourthQuarterEndsAtTheYearsEndAndThereIsNoFifth() {
        assertEquals(LocalDate.of(2019, 12, 31), Target.inQuarter(2019, 4).lastDay());
        DomainException e = assertThrows(DomainException.class, () -> Target.inQuarter(2019, 5));
        assertEquals("workprogramme.target.quarter", e.getMessageKey());
        assertEquals("target", e.getField());
    }
}
