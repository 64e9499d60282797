package scot.cpib.engagement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.domain.Channel;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementPlan;
import scot.cpib.engagement.domain.EngagementStrategy;
import scot.cpib.engagement.domain.ScheduledEvent;
import scot.cpib.engagement.domain.StakeholderGroup;

/** The engagement strategy: aims, core messages, the matrix of groups × messages, and the forward schedule. */
@Named
@RequestScoped
public class StrategyPage {

    @Inject
    private EngagementStrategies strategies;

    private EngagementStrategy strategy;

    public EngagementStrategy getStrategy() {
        if (strategy == null) {
            strategy = strategies.current().orElse(null);
        }
        return strategy;
    }

    public boolean isCanEdit() {
        return strategies.canEdit();
    }

    public boolean planned(EngagementPlan plan, CoreMessage message) {
        return plan.getMessages().contains(message);
    }

    public String channelNames(EngagementPlan plan) {
        return plan.getChannels().stream().map(Channel::getName).collect(Collectors.joining("; "));
    }

    public String groupNames(ScheduledEvent event) {
        return event.getGroups().stream().map(StakeholderGroup::getName).collect(Collectors.joining("; "));
    }
}
