package scot.cpib.engagement.application;

import java.util.stream.Collectors;
import scot.cpib.engagement.domain.Channel;
import scot.cpib.engagement.domain.DeliveryLead;
import scot.cpib.engagement.domain.EngagementPlan;

/** A matrix row as text: what the audit trail compares and a conflict shows as "their version". */
public record PlanSnapshot(String channels, String channelText, String leads, String leadText, String messages) {

    static PlanSnapshot of(EngagementPlan plan) {
        return new PlanSnapshot(plan.getChannels().stream().map(Channel::getName).collect(Collectors.joining("; ")),
                plan.getChannelText(),
                plan.getLeads().stream().map(DeliveryLead::getLabel).collect(Collectors.joining("/")),
                plan.getDeliveryLeadText(),
                plan.getMessages().stream().map(m -> String.valueOf(m.getNumber())).collect(Collectors.joining(", ")));
    }
}
