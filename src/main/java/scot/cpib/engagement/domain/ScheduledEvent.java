package scot.cpib.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.shared.domain.VersionedEntity;

/** An entry of the forward schedule: a dated event or opportunity and the groups it reaches. */
@Entity
@Table(name = "engagement_event")
public class ScheduledEvent extends VersionedEntity {

    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "strategy_id")
    private EngagementStrategy strategy;

    @Embedded
    private PartialDate date;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @ManyToMany
    @JoinTable(name = "engagement_event_group", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private List<StakeholderGroup> groups = new ArrayList<>();

    protected ScheduledEvent() {
    }

    ScheduledEvent(EngagementStrategy strategy, PartialDate date, String title, String description,
                   List<StakeholderGroup> groups) {
        this.strategy = strategy;
        reschedule(date, title, description, groups);
    }

    public final void reschedule(PartialDate newDate, String newTitle, String newDescription,
                                 List<StakeholderGroup> newGroups) {
        if (newDate == null) {
            throw new DomainException("engagement.event.date.required", "date");
        }
        if (newGroups.stream().anyMatch(g -> !g.getBoard().equals(strategy.getBoard()))) {
            throw new DomainException("engagement.event.groups.otherBoard", "groups");
        }
        this.date = newDate;
        this.title = Texts.required(newTitle, TITLE_MAX, "engagement.event.title", "title");
        this.description = Texts.optional(newDescription, DESCRIPTION_MAX, "engagement.event.description", "description");
        groups.clear();
        newGroups.stream().distinct().forEach(groups::add);
    }

    public EngagementStrategy getStrategy() {
        return strategy;
    }

    public PartialDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<StakeholderGroup> getGroups() {
        return List.copyOf(groups);
    }
}
