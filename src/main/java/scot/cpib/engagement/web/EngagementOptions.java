package scot.cpib.engagement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import scot.cpib.action.domain.OwnerRef;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.Person;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.domain.Channel;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementStrategy;
import scot.cpib.engagement.domain.ScheduledEvent;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.minutes.application.MinuteQueries;
import scot.cpib.shared.web.Formats;

/** The choices of the engagement pages: people of the board, groups, channels, events, messages. */
@Named
@RequestScoped
public class EngagementOptions {

    @Inject
    private EngagementStrategies strategies;

    @Inject
    private Directory directory;

    @Inject
    private MinuteQueries minutes;

    private EngagementStrategy strategy;

    private EngagementStrategy strategy() {
        if (strategy == null) {
            strategy = strategies.current().orElse(null);
        }
        return strategy;
    }

    /** The current members of the board, by name. */
    public List<Person> getPeople() {
        return directory.membersOn(directory.board(), LocalDate.now(Formats.LONDON)).stream().map(Membership::getPerson)
                .distinct().sorted(java.util.Comparator.comparing(Person::getFullName)).toList();
    }

    public List<StakeholderGroup> getGroups() {
        return strategies.groups();
    }

    public List<Channel> getChannels() {
        return strategies.channels();
    }

    public List<ScheduledEvent> getEvents() {
        return strategy() == null ? List.of() : strategy().getEvents();
    }

    public List<CoreMessage> getMessages() {
        return strategy() == null ? List.of() : strategy().getMessages();
    }

    public List<OwnerRef> getOwnerChoices() {
        return minutes.allOwners();
    }
}
