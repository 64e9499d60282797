package scot.cpib.engagement.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.engagement.domain.Rules.assertBroken;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.PartialDate;

class PeriodTest {

    @Test
    void periodIncludesBothEnds() {
        Period period = new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));
        assertTrue(period.includes(PartialDate.onDay(LocalDate.of(2019, 3, 1))));
        assertTrue(period.includes(PartialDate.onDay(LocalDate.of(2019, 3, 31))));
        assertFalse(period.includes(PartialDate.onDay(LocalDate.of(2019, 4, 1))));
        assertTrue(period.includes(PartialDate.inMonth(YearMonth.of(2019, 3))));
        assertFalse(period.includes(PartialDate.inMonth(YearMonth.of(2019, 2))));
    }

    @Test
    void periodNeedsBothEndsInOrder() {
        assertBroken("engagement.period.fromRequired", "from", () -> new Period(null, LocalDate.of(2019, 3, 1)));
        assertBroken("engagement.period.toRequired", "to", () -> new Period(LocalDate.of(2019, 3, 1), null));
        assertBroken("engagement.period.order", "to", () -> new Period(LocalDate.of(2019, 3, 2), LocalDate.of(2019, 3, 1)));
    }
}
