package scot.cpib.engagement.application;

import java.util.List;
import scot.cpib.shared.domain.PartialDate;

/**
 * An engagement as a form or client submits it, by ids: when, who from the board, which groups, the
 * channel and (optionally) the scheduled event or an event name, the core messages delivered, people
 * reached, what was heard and learned.
 */
public record EngagementInput(PartialDate date, Long personId, List<Long> groupIds, Long channelId, Long eventId,
                              String eventName, List<Long> messageIds, Integer peopleReached, String heard, String learned) {

    public EngagementInput {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        messageIds = messageIds == null ? List.of() : List.copyOf(messageIds);
    }
}
