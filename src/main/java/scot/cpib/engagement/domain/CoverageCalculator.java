package scot.cpib.engagement.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out which planned group × message cells the engagement log covered in a period, how often
 * and by whom, and which are gaps. Pure: it reads only what it is given.
 */
public final class CoverageCalculator {

    private CoverageCalculator() {
    }

    /**
     * An engagement delivers a cell when it reached the group and delivered the message; one engagement
     * that reached two groups with three messages delivers six cells. Engagements outside the period
     * are left out; a month-only engagement counts when its month overlaps the period.
     */
    public static Coverage compute(List<PlannedCell> plannedCells, Collection<EngagementRecord> records, Period period) {
        List<EngagementRecord> inPeriod = records.stream()
                .filter(r -> period.includes(r.getDate()))
                .sorted(Comparator.comparing((EngagementRecord r) -> r.getDate().firstDay())
                        .thenComparing(EngagementRecord::getRecordedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Map<PlannedCell, List<EngagementRecord>> delivered = new LinkedHashMap<>();
        for (EngagementRecord record : inPeriod) {
            for (StakeholderGroup group : record.getGroups()) {
                for (CoreMessage message : record.getMessages()) {
                    delivered.computeIfAbsent(new PlannedCell(group, message), c -> new ArrayList<>()).add(record);
                }
            }
        }
        List<CellCoverage> planned = plannedCells.stream().distinct()
                .map(c -> new CellCoverage(c.group(), c.message(), true, delivered.getOrDefault(c, List.of())))
                .toList();
        List<CellCoverage> unplanned = delivered.entrySet().stream()
                .filter(e -> !plannedCells.contains(e.getKey()))
                .map(e -> new CellCoverage(e.getKey().group(), e.getKey().message(), false, e.getValue()))
                .toList();
        return new Coverage(period, planned, unplanned);
    }

    /** Coverage of a strategy's own matrix. */
    public static Coverage compute(EngagementStrategy strategy, Collection<EngagementRecord> records, Period period) {
        return compute(strategy.plannedCells(), records, period);
    }
}
