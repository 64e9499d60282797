package scot.cpib.action.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.shared.domain.VersionedEntity;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.ProgrammeLink;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * An action the board agreed under an agenda item, or a follow-up action of an engagement recorded in
 * the engagement log (exactly one origin): numbered, owned, due, and followed up meeting after meeting
 * as a matter arising until it is complete, superseded or covered elsewhere.
 */
@Entity
@Table(name = "agreed_action")
public class AgreedAction extends VersionedEntity {

    public static final int DESCRIPTION_MAX = 2000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    /** Set instead of meeting and agenda item when the action follows up an engagement. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "engagement_record_id")
    private EngagementRecord engagementRecord;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 40)
    private String reference;

    @Column(name = "legacy_reference", length = 60)
    private String legacyReference;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "due_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "due_precision", length = 10))
    private PartialDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "covered_by_item_id")
    private AgendaItem coveredByItem;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "covered_by_action_id")
    private AgreedAction coveredByAction;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    /** Where the action sits in the work programme, if anywhere (loaded only when asked for). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "workstream_id")
    private Workstream workstream;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    private List<ActionOwner> owners = new ArrayList<>();

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL)
    @OrderBy("recordedAt")
    private List<ActionProgress> progress = new ArrayList<>();

    protected AgreedAction() {
    }

    /**
     * Records an action agreed under an item; its reference is "meeting/item/number", e.g. 15/4ii/3.
     */
    public AgreedAction(AgendaItem item, int number, String description, List<OwnerRef> owners, PartialDate due, LocalDateTime at) {
        this.agendaItem = item;
        this.meeting = item.getMeeting();
        this.board = meeting.getBoard();
        this.number = number;
        this.reference = meeting.getNumber() + "/" + item.getLabel() + "/" + number;
        this.createdAt = at;
        redefine(description, owners, due);
    }

    /**
     * Records a follow-up action of an engagement; its reference is "E" + the engagement's id + "/" +
     * number, e.g. E12/1 for the first follow-up of engagement 12. The engagement must be saved already.
     */
    public AgreedAction(EngagementRecord record, int number, String description, List<OwnerRef> owners, PartialDate due, LocalDateTime at) {
        if (record.getId() == null) {
            throw new IllegalStateException("A follow-up action needs a saved engagement");
        }
        this.engagementRecord = record;
        this.board = record.getBoard();
        this.number = number;
        this.reference = "E" + record.getId() + "/" + number;
        this.createdAt = at;
        redefine(description, owners, due);
    }

    /** Changes what was agreed: its wording, owners and due date. */
    public final void redefine(String newDescription, List<OwnerRef> newOwners, PartialDate newDue) {
        if (newDescription == null || newDescription.isBlank()) {
            throw new DomainException("action.description.required", "description");
        }
        if (newDescription.length() > DESCRIPTION_MAX) {
            throw new DomainException("action.description.tooLong", "description", DESCRIPTION_MAX);
        }
        if (newOwners == null || newOwners.isEmpty()) {
            throw new DomainException("action.owner.required", "owners");
        }
        if (newDue != null && dueBeforeOrigin(newDue)) {
            throw new DomainException(meeting != null ? "action.due.beforeMeeting" : "action.due.beforeEngagement", "due",
                    PartialDate.onDay(getOriginDate()).getLabel());
        }
        this.description = newDescription.strip();
        this.due = newDue;
        replaceOwners(newOwners);
    }

    /** A due month (or quarter) may be the origin's own: only a span wholly before the origin is refused. */
    private boolean dueBeforeOrigin(PartialDate candidate) {
        return candidate.lastDay().isBefore(getOriginDate());
    }

    /** The day the action was agreed: the meeting's date, or the (first) day of the engagement. */
    public LocalDate getOriginDate() {
        return meeting != null ? meeting.getDate() : engagementRecord.getDate().firstDay();
    }

    /** Whether the action follows up an engagement rather than an agenda item. */
    public boolean isFromEngagement() {
        return engagementRecord != null;
    }

    private void replaceOwners(List<OwnerRef> newOwners) {
        List<OwnerRef> distinct = newOwners.stream().distinct().toList();
        owners.removeIf(o -> !distinct.contains(o.toRef()));
        List<OwnerRef> kept = owners.stream().map(ActionOwner::toRef).toList();
        for (OwnerRef ref : distinct) {
            if (!kept.contains(ref)) {
                owners.add(new ActionOwner(this, 0, ref));
            }
        }
        owners.sort(Comparator.comparingInt(o -> distinct.indexOf(o.toRef())));
        for (int i = 0; i < owners.size(); i++) {
            owners.get(i).reorder(i + 1);
        }
    }

    public ActionProgress recordProgress(String note, String author, LocalDate on, LocalDateTime at, Meeting reportedAt) {
        if (note == null || note.isBlank()) {
            throw new DomainException("action.progress.required", "note");
        }
        if (note.length() > ActionProgress.NOTE_MAX) {
            throw new DomainException("action.progress.tooLong", "note", ActionProgress.NOTE_MAX);
        }
        ActionProgress entry = new ActionProgress(this, note.strip(), author, on, at, reportedAt);
        progress.add(entry);
        return entry;
    }

    public void startWork() {
        changeStatus(ActionStatus.IN_PROGRESS, null);
    }

    public void complete(LocalDate on) {
        changeStatus(ActionStatus.COMPLETE, on);
    }

    public void reopen() {
        changeStatus(ActionStatus.OPEN, null);
    }

    public void supersede() {
        changeStatus(ActionStatus.SUPERSEDED, null);
    }

    /** The action is taken forward under another agenda item (usually of a later meeting). */
    public void coverUnder(AgendaItem item) {
        if (item == null) {
            throw new DomainException("action.covered.itemRequired", "coveredBy");
        }
        this.coveredByItem = item;
        this.coveredByAction = null;
        this.status = ActionStatus.COVERED_ELSEWHERE;
        this.completedOn = null;
    }

    /** The action continues as another action. */
    public void coverBy(AgreedAction other) {
        if (other == null || other.equals(this)) {
            throw new DomainException("action.covered.actionRequired", "coveredBy");
        }
        this.coveredByAction = other;
        this.coveredByItem = null;
        this.status = ActionStatus.COVERED_ELSEWHERE;
        this.completedOn = null;
    }

    /** Moves to a plain status; covering is done with coverUnder/coverBy because it needs a link. */
    public void changeStatus(ActionStatus newStatus, LocalDate on) {
        if (newStatus == null) {
            throw new DomainException("action.status.required", "status");
        }
        if (newStatus == ActionStatus.COVERED_ELSEWHERE) {
            if (coveredByItem == null && coveredByAction == null) {
                throw new DomainException("action.covered.linkRequired", "status");
            }
        } else {
            this.coveredByItem = null;
            this.coveredByAction = null;
        }
        this.status = newStatus;
        this.completedOn = newStatus == ActionStatus.COMPLETE ? Objects.requireNonNull(on, "the day it was completed") : null;
    }

    /**
     * Links the action to the work programme: a workstream, or an activity (which implies its
     * workstream); both null unlinks it.
     */
    public void linkTo(Workstream newWorkstream, Activity newActivity) {
        ProgrammeLink link = ProgrammeLink.of(newWorkstream, newActivity);
        this.workstream = link.workstream();
        this.activity = link.activity();
    }

    public boolean isOutstanding() {
        return status.isOutstanding();
    }

    /** Outstanding and past its due day (or, for a month, past the month's end). */
    public boolean isOverdueOn(LocalDate today) {
        return isOverdue(status, due, today);
    }

    /** {@link #isOverdueOn} for an action's status and due date read as values (e.g. a query's columns). */
    public static boolean isOverdue(ActionStatus status, PartialDate due, LocalDate today) {
        return status.isOutstanding() && due != null && due.isPassedOn(today);
    }

    public boolean isOwnedBy(Person person, Set<OwnerGroup> theirGroups) {
        return owners.stream().anyMatch(o -> o.toRef().covers(person, theirGroups));
    }

    /**
     * The note recorded last; of two recorded in the same second (MariaDB keeps whole seconds), the one
     * saved later, as "my actions" reads it ({@code OwnedActions}).
     */
    public Optional<ActionProgress> latestProgress() {
        return progress.stream().max(Comparator.comparing(ActionProgress::getRecordedAt)
                .thenComparing(ActionProgress::getId, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    /** Owners as a minute prints them: "Chair/Gerry McLaughlin". */
    public String getOwnerLabel() {
        return ownersInOrder().stream().map(ActionOwner::getLabel).collect(Collectors.joining("/"));
    }

    public List<OwnerRef> getOwnerRefs() {
        return ownersInOrder().stream().map(ActionOwner::toRef).toList();
    }

    public String getDisplayReference() {
        return displayReference(reference, legacyReference);
    }

    /** A reference as lists show it: with the legacy reference after it in brackets when there is one. */
    public static String displayReference(String reference, String legacyReference) {
        return legacyReference != null ? reference + " (" + legacyReference + ")" : reference;
    }

    public Board getBoard() {
        return board;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public EngagementRecord getEngagementRecord() {
        return engagementRecord;
    }

    /** The engagement this follow-up came from, by number, for readers that need no more of it (documents). */
    public Long getEngagementId() {
        return engagementRecord == null ? null : engagementRecord.getId();
    }

    /** The day or month of the engagement this follow-up came from; null for a meeting's action. */
    public PartialDate getEngagementDate() {
        return engagementRecord == null ? null : engagementRecord.getDate();
    }

    public int getNumber() {
        return number;
    }

    public String getReference() {
        return reference;
    }

    public String getLegacyReference() {
        return legacyReference;
    }

    public String getDescription() {
        return description;
    }

    public PartialDate getDue() {
        return due;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public AgendaItem getCoveredByItem() {
        return coveredByItem;
    }

    public AgreedAction getCoveredByAction() {
        return coveredByAction;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Workstream getWorkstream() {
        return workstream;
    }

    public Activity getActivity() {
        return activity;
    }

    public List<ActionOwner> getOwners() {
        return ownersInOrder();
    }

    /**
     * The owners in the order they were written. {@code @OrderBy} orders a collection read on its own,
     * but not one read in its action's query (a join fetch, as the action page reads them), whose rows
     * come in the database's order: so the order is kept here.
     */
    private List<ActionOwner> ownersInOrder() {
        return owners.stream().sorted(Comparator.comparingInt(ActionOwner::getPosition)
                .thenComparing(ActionOwner::getId, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    public List<ActionProgress> getProgress() {
        return List.copyOf(progress);
    }
}
