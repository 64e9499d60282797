package scot.cpib.engagement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.time.LocalDate;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.Membership;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.domain.Channel;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementStrategy;
import scot.cpib.engagement.domain.ScheduledEvent;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.shared.web.Formats;
import scot.cpib.shared.application.BoardClock;

/** The choices of the engagement pages: people of the board, groups, channels, events, messages. */
@Named
@RequestScoped
public class EngagementOptions {

    @Inject
    private BoardClock clock;

    @Inject
    private EngagementStrategies strategies;

    @Inject
    private Directory directory;

    @Inject
    private Owners owners;

    private EngagementStrategy strategy;

    private List<Membership> memberships;

    private EngagementStrategy strategy() {
        if (strategy == null) {
            strategy = strategies.current().orElse(null);
        }
        return strategy;
    }

    /** The board's memberships, read once a request for both the people and the owners offered (issue 13). */
    private List<Membership> memberships() {
        if (memberships == null) {
            memberships = directory.memberships(directory.boardId());
        }
        return memberships;
    }

    /** The current members of the board, by name. */
    public List<Person> getPeople() {
        return Directory.currentOn(memberships(), clock.today()).stream().map(Membership::getPerson)
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

    /** The owners the board offers today: delivery leads and follow-up owners. */
    public List<OwnerRef> getOwnerOptions() {
        return owners.of(memberships(), directory.boardId(), clock.today());
    }
}
