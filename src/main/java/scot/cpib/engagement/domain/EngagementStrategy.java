package scot.cpib.engagement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.domain.Board;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * A board's engagement strategy for a period: its aims, numbered core messages, the matrix of
 * stakeholder groups (channels, delivery leads, messages) and the forward schedule of key dates.
 */
@Entity
@Table(name = "engagement_strategy")
public class EngagementStrategy extends VersionedEntity {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String summary;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StrategyStatus status = StrategyStatus.DRAFT;

    @ManyToOne
    @JoinColumn(name = "approval_meeting_id")
    private Meeting approvalMeeting;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @OneToMany(mappedBy = "strategy", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<StrategyAim> aims = new ArrayList<>();

    @OneToMany(mappedBy = "strategy", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<CoreMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "strategy", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EngagementPlan> plans = new ArrayList<>();

    @OneToMany(mappedBy = "strategy", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ScheduledEvent> events = new ArrayList<>();

    protected EngagementStrategy() {
    }

    public EngagementStrategy(Board board, String title, String summary, LocalDate from, LocalDate to) {
        this.board = board;
        redefine(title, summary, from, to);
    }

    /** Changes the title, summary and period; a period may be open-ended (no end date). */
    public final void redefine(String newTitle, String newSummary, LocalDate from, LocalDate to) {
        if (from == null) {
            throw new DomainException("engagement.strategy.from.required", "from");
        }
        if (to != null && to.isBefore(from)) {
            throw new DomainException("engagement.strategy.period.order", "to");
        }
        this.title = Texts.required(newTitle, TITLE_MAX, "engagement.strategy.title", "title");
        this.summary = Texts.optional(newSummary, SUMMARY_MAX, "engagement.strategy.summary", "summary");
        this.periodFrom = from;
        this.periodTo = to;
    }

    public StrategyAim addAim(String number, String text) {
        if (number != null && aims.stream().anyMatch(a -> a.getNumber().equals(number.strip()))) {
            throw new DomainException("engagement.aim.number.duplicate", "number", number.strip());
        }
        StrategyAim aim = new StrategyAim(this, number, aims.size() + 1, text);
        aims.add(aim);
        return aim;
    }

    public CoreMessage addMessage(int number, String text) {
        if (number < 1) {
            throw new DomainException("engagement.message.number.positive", "number");
        }
        if (findMessage(number).isPresent()) {
            throw new DomainException("engagement.message.number.duplicate", "number", number);
        }
        CoreMessage message = new CoreMessage(this, number, text);
        messages.add(message);
        messages.sort(Comparator.comparingInt(CoreMessage::getNumber));
        return message;
    }

    public Optional<CoreMessage> findMessage(int number) {
        return messages.stream().filter(m -> m.getNumber() == number).findFirst();
    }

    /** The matrix row of the group, added at the end of the matrix when the group has none yet. */
    public EngagementPlan planFor(StakeholderGroup group) {
        if (group == null) {
            throw new DomainException("engagement.plan.group.required", "group");
        }
        if (!group.getBoard().equals(board)) {
            throw new DomainException("engagement.plan.groupOfAnotherBoard", "group");
        }
        return findPlan(group).orElseGet(() -> {
            EngagementPlan plan = new EngagementPlan(this, group, plans.size() + 1);
            plans.add(plan);
            return plan;
        });
    }

    public Optional<EngagementPlan> findPlan(StakeholderGroup group) {
        return plans.stream().filter(p -> p.getGroup().equals(group)).findFirst();
    }

    public ScheduledEvent schedule(PartialDate date, String title, String description, List<StakeholderGroup> groups) {
        ScheduledEvent event = new ScheduledEvent(this, date, title, description, groups);
        events.add(event);
        return event;
    }

    /** Every planned group × message cell, in matrix order. */
    public List<PlannedCell> plannedCells() {
        return plans.stream().flatMap(p -> p.cells().stream()).toList();
    }

    /** Puts the draft to a meeting of the board for approval. */
    public void submitTo(Meeting meeting) {
        requireMeetingOfBoard(meeting);
        if (status != StrategyStatus.DRAFT) {
            throw new DomainException("engagement.strategy.notDraft", "status");
        }
        this.approvalMeeting = meeting;
    }

    /** The board approved the strategy at a meeting. */
    public void approve(Meeting meeting, LocalDate on) {
        requireMeetingOfBoard(meeting);
        if (status == StrategyStatus.SUPERSEDED) {
            throw new DomainException("engagement.strategy.superseded", "status");
        }
        this.approvalMeeting = meeting;
        this.approvedOn = on != null ? on : meeting.getDate();
        this.status = StrategyStatus.APPROVED;
    }

    public void supersede() {
        this.status = StrategyStatus.SUPERSEDED;
    }

    private void requireMeetingOfBoard(Meeting meeting) {
        if (meeting == null || !meeting.getBoard().equals(board)) {
            throw new DomainException("engagement.strategy.meeting.required", "meeting");
        }
    }

    public Board getBoard() {
        return board;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public StrategyStatus getStatus() {
        return status;
    }

    public Meeting getApprovalMeeting() {
        return approvalMeeting;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public List<StrategyAim> getAims() {
        return List.copyOf(aims);
    }

    public List<CoreMessage> getMessages() {
        return List.copyOf(messages);
    }

    public List<EngagementPlan> getPlans() {
        return List.copyOf(plans);
    }

    /** The forward schedule, earliest first. */
    public List<ScheduledEvent> getEvents() {
        return events.stream().sorted(Comparator.comparing((ScheduledEvent e) -> e.getDate().firstDay())).toList();
    }
}
