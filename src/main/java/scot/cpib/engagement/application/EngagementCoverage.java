package scot.cpib.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import scot.cpib.engagement.domain.Coverage;
import scot.cpib.engagement.domain.CoverageCalculator;
import scot.cpib.engagement.domain.EngagementStrategy;
import scot.cpib.engagement.domain.Period;

/** Coverage of the current strategy's matrix in a period; sample records only when asked for. */
@ApplicationScoped
public class EngagementCoverage {

    @Inject
    private EngagementStrategies strategies;

    @Inject
    private EngagementLog log;

    public Coverage of(Period period, boolean includeSample) {
        return of(strategies.getCurrent(), period, includeSample);
    }

    /** Coverage of the given strategy (the current one, already read by the page) in a period. */
    public Coverage of(EngagementStrategy strategy, Period period, boolean includeSample) {
        return CoverageCalculator.compute(strategy,
                log.list(new LogFilter(period.from(), period.to(), null, null, includeSample)), period);
    }
}
