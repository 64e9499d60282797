package scot.cpib.engagement.domain;

import java.util.List;

/**
 * Coverage of a strategy's matrix in a period: every planned cell (delivered or a gap), in matrix order,
 * and the cells engagements delivered although the matrix did not plan them.
 */
public record Coverage(Period period, List<CellCoverage> planned, List<CellCoverage> unplanned) {

    public Coverage {
        planned = List.copyOf(planned);
        unplanned = List.copyOf(unplanned);
    }

    public List<CellCoverage> gaps() {
        return planned.stream().filter(CellCoverage::isGap).toList();
    }

    public List<CellCoverage> delivered() {
        return planned.stream().filter(CellCoverage::isDelivered).toList();
    }

    /** Share of planned cells delivered at least once, 0–100, rounded down; 0 when nothing is planned. */
    public int getPercentDelivered() {
        return planned.isEmpty() ? 0 : delivered().size() * 100 / planned.size();
    }
}
