package scot.cpib.engagement.domain;

import java.util.List;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.PartialDate;

/**
 * What a board member or lead says about one engagement, before it is checked and recorded: when,
 * who from the board, which groups, the channel and event, the core messages delivered, how many
 * people were reached, what was heard and what was learned.
 */
public record EngagementDetails(PartialDate date, Person person, Channel channel, ScheduledEvent event,
                                String eventName, List<StakeholderGroup> groups, List<CoreMessage> messages,
                                Integer peopleReached, String heard, String learned) {

    public EngagementDetails {
        groups = groups == null ? List.of() : List.copyOf(groups);
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
