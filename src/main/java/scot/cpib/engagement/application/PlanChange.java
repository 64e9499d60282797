package scot.cpib.engagement.application;

import java.util.List;

/**
 * A matrix row as the secretariat plans it: channels (ids) with the matrix's wording, delivery leads
 * (owner keys such as "person:12", "organisation:3", "group:2") with the matrix's wording, and the
 * core messages (ids) the group should receive.
 */
public record PlanChange(List<Long> channelIds, String channelText, List<String> leadKeys, String leadText,
                         List<Long> messageIds) {

    public PlanChange {
        channelIds = channelIds == null ? List.of() : List.copyOf(channelIds);
        leadKeys = leadKeys == null ? List.of() : List.copyOf(leadKeys);
        messageIds = messageIds == null ? List.of() : List.copyOf(messageIds);
    }
}
