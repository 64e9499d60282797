package scot.cpib.engagement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.PartialDate;

class CoverageCalculatorTest {

    private final Fixture f = new Fixture();
    private final Period spring = new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 5, 31));

    @Test
    void plannedCellsComeInMatrixOrderAndUndeliveredOnesAreGaps() {
        Coverage coverage = CoverageCalculator.compute(f.strategy, List.of(), spring);
        assertEquals(List.of(f.understand, f.gather, f.support),
                coverage.planned().stream().map(CellCoverage::message).toList());
        assertEquals(3, coverage.gaps().size());
        assertEquals(0, coverage.getPercentDelivered());
    }

    @Test
    void deliveredCellCountsHowOftenAndByWhom() {
        EngagementRecord first = f.record(LocalDate.of(2019, 3, 14), f.mark, List.of(f.chiefOfficers), f.understand);
        EngagementRecord second = f.record(LocalDate.of(2019, 4, 2), f.sarah, List.of(f.chiefOfficers), f.understand, f.gather);
        EngagementRecord third = f.record(LocalDate.of(2019, 5, 20), f.mark, List.of(f.chiefOfficers), f.understand);
        Coverage coverage = CoverageCalculator.compute(f.strategy, List.of(third, first, second), spring);

        CellCoverage understand = coverage.planned().get(0);
        assertEquals(3, understand.getTimes());
        assertEquals(List.of(first, second, third), understand.records());
        assertEquals(List.of(f.mark, f.sarah), understand.getDeliveredBy());
        assertEquals(Map.of(f.mark, 2L, f.sarah, 1L), understand.getTimesByPerson());
        assertEquals(Optional.of(PartialDate.onDay(LocalDate.of(2019, 5, 20))), understand.getLastDelivered());
        assertEquals(60, understand.getPeopleReached());

        CellCoverage gather = coverage.planned().get(1);
        assertEquals(1, gather.getTimes());
        assertEquals(List.of(coverage.planned().get(2)), coverage.gaps());
        assertEquals(66, coverage.getPercentDelivered());
    }

    @Test
    void oneEngagementDeliversEveryGroupAndMessageCombination() {
        EngagementRecord both = f.record(LocalDate.of(2019, 4, 10), f.sarah, List.of(f.chiefOfficers, f.cpManagers),
                f.gather, f.support);
        Coverage coverage = CoverageCalculator.compute(f.strategy, List.of(both), spring);
        assertEquals(List.of(false, true, true), coverage.planned().stream().map(CellCoverage::isDelivered).toList());
        assertEquals(2, coverage.unplanned().size());
        assertTrue(coverage.unplanned().stream().noneMatch(CellCoverage::planned));
        assertTrue(coverage.unplanned().stream().noneMatch(CellCoverage::isGap));
    }

    @Test
    void engagementsOutsideThePeriodAreLeftOut() {
        EngagementRecord before = f.record(LocalDate.of(2019, 2, 28), f.sarah, List.of(f.cpManagers), f.support);
        EngagementRecord after = f.record(LocalDate.of(2019, 6, 1), f.sarah, List.of(f.cpManagers), f.support);
        EngagementRecord firstDay = f.record(LocalDate.of(2019, 3, 1), f.mark, List.of(f.cpManagers), f.support);
        EngagementRecord lastDay = f.record(LocalDate.of(2019, 5, 31), f.mark, List.of(f.cpManagers), f.support);
        Coverage coverage = CoverageCalculator.compute(f.strategy, List.of(before, after, firstDay, lastDay), spring);
        assertEquals(List.of(firstDay, lastDay), coverage.planned().get(2).records());
    }

    @Test
    void monthOnlyEngagementCountsWhenItsMonthOverlapsThePeriod() {
        EngagementRecord february = new EngagementRecord(f.board, f.details(PartialDate.inMonth(YearMonth.of(2019, 2)),
                f.sarah, List.of(f.cpManagers), List.of(f.support)), "lead", Fixture.AT, Fixture.TODAY);
        Period fromMidFebruary = new Period(LocalDate.of(2019, 2, 15), LocalDate.of(2019, 3, 31));
        assertEquals(1, CoverageCalculator.compute(f.strategy, List.of(february), fromMidFebruary).planned().get(2).getTimes());
        assertEquals(0, CoverageCalculator.compute(f.strategy, List.of(february), spring).planned().get(2).getTimes());
    }

    @Test
    void engagementWithoutCoreMessagesDeliversNoCell() {
        EngagementRecord listening = f.record(LocalDate.of(2019, 4, 1), f.sarah, List.of(f.cpManagers));
        Coverage coverage = CoverageCalculator.compute(f.strategy, List.of(listening), spring);
        assertEquals(3, coverage.gaps().size());
        assertTrue(coverage.unplanned().isEmpty());
        assertFalse(coverage.planned().get(2).isDelivered());
    }
}
