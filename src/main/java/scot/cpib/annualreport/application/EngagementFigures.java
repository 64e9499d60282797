package scot.cpib.annualreport.application;

import static scot.cpib.annualreport.application.ReportFigures.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import scot.cpib.annualreport.domain.Figure;
import scot.cpib.engagement.application.EngagementLog;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.application.LogFilter;
import scot.cpib.engagement.domain.CellCoverage;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.Coverage;
import scot.cpib.engagement.domain.CoverageCalculator;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.engagement.domain.EngagementStrategy;
import scot.cpib.engagement.domain.Period;
import scot.cpib.engagement.domain.StakeholderGroup;

/**
 * The engagement figures of a report, from the engagement log (sample records left out) and the strategy in
 * force: coverage of the stakeholder matrix per core message, what was learned, and the evidence per message.
 */
@ApplicationScoped
public class EngagementFigures {

    @Inject
    private EngagementLog log;

    @Inject
    private EngagementStrategies strategies;

    /** Engagements logged; per core message the groups it reached and the planned groups it did not (gaps). */
    List<Figure> coverage(ReportPeriod period) {
        List<EngagementRecord> records = records(period);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(text("report.figure.engagementsLogged"), String.valueOf(records.size())));
        Optional<EngagementStrategy> strategy = strategies.current();
        if (strategy.isEmpty()) {
            figures.add(new Figure(text("report.figure.noStrategy"), ""));
            return figures;
        }
        Coverage coverage = coverage(strategy.get(), records, period);
        figures.add(new Figure(text("report.figure.cellsDelivered"), text("report.figure.outOf",
                coverage.delivered().size(), coverage.planned().size())));
        for (CoreMessage message : strategy.get().getMessages()) {
            String reached = groups(cells(coverage, message).filter(CellCoverage::isDelivered));
            String gaps = groups(coverage.gaps().stream().filter(c -> c.message().equals(message)));
            figures.add(new Figure(text("report.figure.message", message.getLabel()), text("report.figure.reachedAndGaps",
                    reached.isEmpty() ? text("report.figure.none") : reached, gaps.isEmpty() ? text("report.figure.none") : gaps)));
        }
        return figures;
    }

    /** What the engagements of the period learned, earliest first. */
    List<Figure> learning(ReportPeriod period) {
        List<Figure> figures = new ArrayList<>();
        List<EngagementRecord> learned = records(period).stream()
                .filter(r -> r.getLearned() != null && !r.getLearned().isBlank()).toList();
        figures.add(new Figure(text("report.figure.engagementsWithLearning"), String.valueOf(learned.size())));
        learned.forEach(r -> figures.add(new Figure(engagementLabel(r), r.getLearned())));
        return figures;
    }

    /** Per core message: how many engagements carried it, to how many people, and what each heard. */
    List<Figure> messageEvidence(ReportPeriod period) {
        List<Figure> figures = new ArrayList<>();
        Optional<EngagementStrategy> strategy = strategies.current();
        if (strategy.isEmpty()) {
            figures.add(new Figure(text("report.figure.noStrategy"), ""));
            return figures;
        }
        Coverage coverage = coverage(strategy.get(), records(period), period);
        for (CoreMessage message : strategy.get().getMessages()) {
            List<EngagementRecord> carried = cells(coverage, message).flatMap(c -> c.records().stream()).distinct()
                    .sorted(Comparator.comparing((EngagementRecord r) -> r.getDate().firstDay()).thenComparing(EngagementRecord::getId))
                    .toList();
            int people = carried.stream().map(EngagementRecord::getPeopleReached).filter(n -> n != null).mapToInt(Integer::intValue).sum();
            figures.add(new Figure(text("report.figure.message", message.getLabel()), carried.isEmpty()
                    ? text("report.figure.notCarried") : text("report.figure.carried", carried.size(), people)));
            carried.forEach(r -> figures.add(new Figure(text("report.figure.messageEngagement", message.getNumber(), engagementLabel(r)),
                    r.getHeard() == null ? "" : r.getHeard())));
        }
        return figures;
    }

    private List<EngagementRecord> records(ReportPeriod period) {
        return log.list(new LogFilter(period.start(), period.end(), null, null, false)).stream()
                .sorted(Comparator.comparing((EngagementRecord r) -> r.getDate().firstDay()).thenComparing(EngagementRecord::getId))
                .toList();
    }

    private static Coverage coverage(EngagementStrategy strategy, List<EngagementRecord> records, ReportPeriod period) {
        return CoverageCalculator.compute(strategy, records, new Period(period.start(), period.end()));
    }

    private static Stream<CellCoverage> cells(Coverage coverage, CoreMessage message) {
        return Stream.concat(coverage.planned().stream(), coverage.unplanned().stream()).filter(c -> c.message().equals(message));
    }

    private static String groups(Stream<CellCoverage> cells) {
        return cells.map(CellCoverage::group).distinct().map(StakeholderGroup::getName).collect(Collectors.joining(", "));
    }

    private static String engagementLabel(EngagementRecord record) {
        String event = record.getEventLabel();
        return event == null ? record.getDate().getLabel() : text("report.figure.engagement", event, record.getDate().getLabel());
    }
}
