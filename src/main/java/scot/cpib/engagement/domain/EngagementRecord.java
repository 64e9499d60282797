package scot.cpib.engagement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * One engagement that happened, as a board member or lead records it for the engagement log; agreed
 * actions that follow it up link back to it.
 */
@Entity
@Table(name = "engagement_record")
public class EngagementRecord extends VersionedEntity {

    public static final int EVENT_NAME_MAX = 300;
    public static final int HEARD_MAX = 4000;
    public static final int LEARNED_MAX = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    @Embedded
    private PartialDate date;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "channel_id")
    private Channel channel;

    @ManyToOne
    @JoinColumn(name = "event_id")
    private ScheduledEvent event;

    @Column(name = "event_name", length = EVENT_NAME_MAX)
    private String eventName;

    @Column(name = "people_reached")
    private Integer peopleReached;

    @Column(columnDefinition = "TEXT")
    private String heard;

    @Column(columnDefinition = "TEXT")
    private String learned;

    @Column(name = "sample_data", nullable = false)
    private boolean sampleData;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @ManyToMany
    @JoinTable(name = "engagement_record_group", joinColumns = @JoinColumn(name = "record_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private List<StakeholderGroup> groups = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "engagement_record_message", joinColumns = @JoinColumn(name = "record_id"),
            inverseJoinColumns = @JoinColumn(name = "message_id"))
    private List<CoreMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "engagementRecord", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<AgreedAction> followUps = new ArrayList<>();

    protected EngagementRecord() {
    }

    /** Records an engagement; {@code today} is the day it is recorded on, so that no future date gets in. */
    public EngagementRecord(Board board, EngagementDetails details, String recordedBy, LocalDateTime at, LocalDate today) {
        this.board = board;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
        revise(details, today);
    }

    /** Replaces what was recorded, under the same rules as recording it. */
    public final void revise(EngagementDetails details, LocalDate today) {
        if (details.date() == null) {
            throw new DomainException("engagement.record.date.required", "date");
        }
        if (details.date().isAfter(today)) {
            throw new DomainException("engagement.record.date.future", "date");
        }
        if (details.person() == null) {
            throw new DomainException("engagement.record.person.required", "person");
        }
        if (details.groups().isEmpty()) {
            throw new DomainException("engagement.record.groups.required", "groups");
        }
        if (details.groups().stream().anyMatch(g -> !g.getBoard().equals(board))) {
            throw new DomainException("engagement.record.groups.otherBoard", "groups");
        }
        if (details.channel() == null) {
            throw new DomainException("engagement.record.channel.required", "channel");
        }
        if (!details.channel().getBoard().equals(board)) {
            throw new DomainException("engagement.record.channel.otherBoard", "channel");
        }
        if (details.event() != null && !details.event().getStrategy().getBoard().equals(board)) {
            throw new DomainException("engagement.record.event.otherBoard", "event");
        }
        if (details.peopleReached() != null && details.peopleReached() < 0) {
            throw new DomainException("engagement.record.peopleReached.negative", "peopleReached");
        }
        String newEventName = Texts.optional(details.eventName(), EVENT_NAME_MAX, "engagement.record.eventName", "eventName");
        String newHeard = Texts.optional(details.heard(), HEARD_MAX, "engagement.record.heard", "heard");
        String newLearned = Texts.optional(details.learned(), LEARNED_MAX, "engagement.record.learned", "learned");
        this.date = details.date();
        this.person = details.person();
        this.channel = details.channel();
        this.event = details.event();
        this.eventName = newEventName;
        this.peopleReached = details.peopleReached();
        this.heard = newHeard;
        this.learned = newLearned;
        groups.clear();
        details.groups().stream().distinct().forEach(groups::add);
        messages.clear();
        details.messages().stream().distinct().sorted(Comparator.comparingInt(CoreMessage::getNumber)).forEach(messages::add);
    }

    /**
     * Agrees a follow-up action of this (saved) engagement: it goes into the action register numbered
     * after the engagement's earlier follow-ups, e.g. E12/2.
     */
    public AgreedAction addFollowUp(String description, List<OwnerRef> owners, PartialDate due, LocalDateTime at) {
        int next = followUps.stream().mapToInt(AgreedAction::getNumber).max().orElse(0) + 1;
        AgreedAction action = new AgreedAction(this, next, description, owners, due, at);
        followUps.add(action);
        return action;
    }

    /** The name of the event: the one typed, else the title of the scheduled event it was part of. */
    public String getEventLabel() {
        if (eventName != null) {
            return eventName;
        }
        return event != null ? event.getTitle() : null;
    }

    public Board getBoard() {
        return board;
    }

    public PartialDate getDate() {
        return date;
    }

    public Person getPerson() {
        return person;
    }

    public Channel getChannel() {
        return channel;
    }

    public ScheduledEvent getEvent() {
        return event;
    }

    public String getEventName() {
        return eventName;
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    public String getHeard() {
        return heard;
    }

    public String getLearned() {
        return learned;
    }

    /** Made up to demonstrate the log, not reported by a board paper. */
    public boolean isSampleData() {
        return sampleData;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public List<StakeholderGroup> getGroups() {
        return List.copyOf(groups);
    }

    public List<CoreMessage> getMessages() {
        return List.copyOf(messages);
    }

    public List<AgreedAction> getFollowUps() {
        return List.copyOf(followUps);
    }
}
