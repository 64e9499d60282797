package scot.cpib.engagement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import scot.cpib.engagement.application.EngagementCoverage;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.domain.CellCoverage;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.Coverage;
import scot.cpib.engagement.domain.EngagementPlan;
import scot.cpib.engagement.domain.EngagementStrategy;
import scot.cpib.engagement.domain.Period;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/**
 * Coverage of the matrix in a period (GET from, to, sample): every group × message cell with how often,
 * by whom and when last it was delivered, the gaps as text, a bar per group, and links to the
 * engagements behind each cell.
 */
@Named
@RequestScoped
public class CoveragePage {

    @Inject
    private BoardClock clock;

    /** One bar of the chart: a group's planned cells and how many were delivered. */
    public record GroupBar(StakeholderGroup group, int planned, int delivered) {

        public int getPercent() {
            return planned == 0 ? 0 : delivered * 100 / planned;
        }
    }

    @Inject
    private EngagementCoverage coverageService;

    @Inject
    private EngagementStrategies strategies;

    @Inject
    private PageMessages messages;

    private String from;
    private String to;
    private boolean sample;
    private Coverage coverage;
    private Map<String, CellCoverage> cells;
    private boolean computed;

    private Optional<EngagementStrategy> strategy;

    /** The current strategy, read once for the request (the page asks for it many times). */
    public EngagementStrategy getStrategy() {
        if (strategy == null) {
            strategy = strategies.current();
        }
        return strategy.orElse(null);
    }

    /** Works coverage out before the page renders, so that a bad date is in the error summary at the top. */
    public void load() {
        getCoverage();
    }

    public Coverage getCoverage() {
        if (!computed) {
            computed = true;
            EngagementStrategy strategy = getStrategy();
            LocalDate fromDay = day(from, "from", strategy == null ? clock.today() : strategy.getPeriodFrom());
            LocalDate toDay = day(to, "to", clock.today());
            from = fromDay.toString();
            to = toDay.toString();
            try {
                coverage = strategy == null ? null : coverageService.of(strategy, new Period(fromDay, toDay), sample);
            } catch (DomainException e) {
                messages.error(e, "filters");
            }
            cells = new HashMap<>();
            if (coverage != null) {
                Stream.concat(coverage.planned().stream(), coverage.unplanned().stream())
                        .forEach(c -> cells.put(key(c.group(), c.message()), c));
            }
        }
        return coverage;
    }

    private LocalDate day(String text, String field, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            messages.error(field, "engagement.log.badDate");
            return otherwise;
        }
    }

    private static String key(StakeholderGroup group, CoreMessage message) {
        return group.getId() + ":" + message.getId();
    }

    /** The coverage of a cell, or null when it was neither planned nor delivered. */
    public CellCoverage cell(StakeholderGroup group, CoreMessage message) {
        getCoverage();
        return cells.get(key(group, message));
    }

    public String deliveredBy(CellCoverage cell) {
        return cell.getTimesByPerson().entrySet().stream()
                .map(e -> e.getKey().getFullName() + (e.getValue() > 1 ? " (" + e.getValue() + ")" : ""))
                .collect(Collectors.joining(", "));
    }

    public List<GroupBar> getBars() {
        if (getCoverage() == null) {
            return List.of();
        }
        return getStrategy().getPlans().stream().map(EngagementPlan::getGroup).map(g -> new GroupBar(g,
                (int) coverage.planned().stream().filter(c -> c.group().equals(g)).count(),
                (int) coverage.delivered().stream().filter(c -> c.group().equals(g)).count())).toList();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }
}
