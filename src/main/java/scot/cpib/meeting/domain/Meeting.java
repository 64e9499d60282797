package scot.cpib.meeting.domain;

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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.VersionedEntity;

/** A board meeting: its date and venue, its agenda, who came, and where its minute stands. */
@Entity
@Table(name = "meeting")
public class Meeting extends VersionedEntity {

    public static final int VENUE_NAME_MAX = 200;
    public static final int VENUE_ADDRESS_MAX = 400;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(nullable = false)
    private int number;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "venue_name", length = VENUE_NAME_MAX)
    private String venueName;

    @Column(name = "venue_address", length = VENUE_ADDRESS_MAX)
    private String venueAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PLANNED;

    /** Lazy: read eagerly, loading one meeting would read every meeting before it, one query each (issue 13). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_meeting_id")
    private Meeting previousMeeting;

    @Column(name = "minute_approved_on")
    private LocalDate minuteApprovedOn;

    @Column(name = "minute_approved_by", length = 150)
    private String minuteApprovedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minute_approved_at_meeting_id")
    private Meeting minuteApprovedAt;

    @Column(name = "agenda_issued_at")
    private LocalDateTime agendaIssuedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attendance> attendances = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(Board board, int number, LocalDate date, LocalTime startTime, LocalTime endTime) {
        if (number < 1) {
            throw new DomainException("meeting.number.positive", "number");
        }
        this.board = board;
        this.number = number;
        reschedule(date, startTime, endTime);
    }

    /**
     * The next meeting after this one: numbered on, at the same venue, with this meeting's standing
     * items (welcome, minute and matters arising, AOB …) already on its agenda.
     */
    public Meeting planNext(LocalDate nextDate, LocalTime nextStart, LocalTime nextEnd) {
        if (nextDate != null && !nextDate.isAfter(date)) {
            throw new DomainException("meeting.next.afterPrevious", "date", UK_DATE.format(date));
        }
        Meeting next = new Meeting(board, number + 1, nextDate, nextStart, nextEnd);
        next.previousMeeting = this;
        next.moveTo(venueName, venueAddress);
        for (AgendaItem item : getAgenda()) {
            if (item.isStanding()) {
                AgendaItem copy = next.addItem(item.getTitle());
                copy.markStanding(item.getStandingKind());
                copy.describe(item.getPurpose(), null, false);
            }
        }
        return next;
    }

    public final void reschedule(LocalDate newDate, LocalTime newStart, LocalTime newEnd) {
        if (newDate == null) {
            throw new DomainException("meeting.date.required", "date");
        }
        if (newStart == null) {
            throw new DomainException("meeting.start.required", "startTime");
        }
        if (newEnd == null) {
            throw new DomainException("meeting.end.required", "endTime");
        }
        if (!newEnd.isAfter(newStart)) {
            throw new DomainException("meeting.end.afterStart", "endTime");
        }
        if (previousMeeting != null && !newDate.isAfter(previousMeeting.date)) {
            throw new DomainException("meeting.next.afterPrevious", "date", UK_DATE.format(previousMeeting.date));
        }
        this.date = newDate;
        this.startTime = newStart;
        this.endTime = newEnd;
    }

    public void moveTo(String newVenueName, String newVenueAddress) {
        if (newVenueName != null && newVenueName.length() > VENUE_NAME_MAX) {
            throw new DomainException("meeting.venue.tooLong", "venueName", VENUE_NAME_MAX);
        }
        if (newVenueAddress != null && newVenueAddress.length() > VENUE_ADDRESS_MAX) {
            throw new DomainException("meeting.address.tooLong", "venueAddress", VENUE_ADDRESS_MAX);
        }
        this.venueName = blankToNull(newVenueName);
        this.venueAddress = blankToNull(newVenueAddress);
    }

    public AgendaItem addItem(String title) {
        requireAgendaEditable();
        AgendaItem item = new AgendaItem(this, null, getAgenda().size() + 1, title);
        items.add(item);
        return item;
    }

    public AgendaItem addSubItem(AgendaItem parent, String title) {
        requireAgendaEditable();
        requireOwn(parent);
        AgendaItem sub = parent.newSubItem(title);
        items.add(sub);
        return sub;
    }

    /** Moves an item one place up (negative) or down (positive) among its siblings. */
    public void move(AgendaItem item, int offset) {
        requireAgendaEditable();
        requireOwn(item);
        List<AgendaItem> siblings = siblingsOf(item);
        int from = siblings.indexOf(item);
        int to = Math.max(0, Math.min(siblings.size() - 1, from + offset));
        siblings.remove(from);
        siblings.add(to, item);
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).moveTo(i + 1);
        }
        if (item.getParent() != null) {
            item.getParent().mutableSubItems().sort(Comparator.comparingInt(AgendaItem::getPosition));
        }
    }

    public void removeItem(AgendaItem item) {
        requireAgendaEditable();
        requireOwn(item);
        for (AgendaItem sub : item.getSubItems()) {
            items.remove(sub);
        }
        items.remove(item);
        if (item.getParent() != null) {
            item.getParent().mutableSubItems().remove(item);
            item.getParent().renumberSubItems();
        } else {
            List<AgendaItem> agenda = getAgenda();
            for (int i = 0; i < agenda.size(); i++) {
                agenda.get(i).moveTo(i + 1);
            }
        }
    }

    private List<AgendaItem> siblingsOf(AgendaItem item) {
        if (item.getParent() == null) {
            return new ArrayList<>(getAgenda());
        }
        return new ArrayList<>(item.getParent().getSubItems());
    }

    private void requireOwn(AgendaItem item) {
        if (item == null || item.getMeeting() != this) {
            throw new DomainException("agenda.item.notInMeeting");
        }
    }

    private void requireAgendaEditable() {
        if (status.isMinuteLocked()) {
            throw new DomainException("meeting.locked");
        }
    }

    /** Records or changes one person's attendance; the organisation is the one they represented that day. */
    public Attendance recordAttendance(Person person, Organisation organisation, AttendanceKind kind, boolean chair) {
        if (status.isMinuteLocked()) {
            throw new DomainException("meeting.locked");
        }
        Optional<Attendance> existing = attendanceOf(person);
        if (existing.isPresent()) {
            existing.get().change(kind, chair);
            return existing.get();
        }
        Attendance attendance = new Attendance(this, person, organisation, kind, chair);
        attendances.add(attendance);
        return attendance;
    }

    /**
     * Records a person's attendance as {@link #recordAttendance(Person, Organisation, AttendanceKind, boolean)},
     * attending for a member (null: for themselves) and then representing the given organisation.
     */
    public Attendance recordAttendance(Person person, Organisation organisation, AttendanceKind kind, boolean chair,
                                       Person substituteFor) {
        Attendance attendance = recordAttendance(person, organisation, kind, chair);
        attendance.standIn(substituteFor, organisation);
        return attendance;
    }

    /**
     * The rules of the attendance as a whole, checked once every row is recorded: at most one chair, who
     * is present; a substitute is present, for a member who is not, and one substitute per member.
     */
    public void checkAttendance() {
        List<Attendance> all = List.copyOf(attendances);
        for (Attendance a : all) {
            if (a.isChair() && a.getKind() != AttendanceKind.PRESENT) {
                throw new DomainException("attendance.chair.present", null, a.getPerson().getDisplayName());
            }
        }
        if (all.stream().filter(Attendance::isChair).count() > 1) {
            throw new DomainException("attendance.chair.one");
        }
        Set<Person> stoodInFor = new HashSet<>();
        for (Attendance a : all) {
            if (!a.isSubstitute()) {
                continue;
            }
            String who = a.getPerson().getDisplayName();
            String whom = a.getSubstituteFor().getDisplayName();
            if (a.getKind() != AttendanceKind.PRESENT) {
                throw new DomainException("attendance.substitute.present", "substitute", who, whom);
            }
            if (attendanceOf(a.getSubstituteFor()).map(m -> m.getKind() == AttendanceKind.PRESENT).orElse(false)) {
                throw new DomainException("attendance.substitute.memberPresent", "substitute", who, whom);
            }
            if (!stoodInFor.add(a.getSubstituteFor())) {
                throw new DomainException("attendance.substitute.one", "substitute", whom);
            }
        }
    }

    public void clearAttendance(Person person) {
        if (status.isMinuteLocked()) {
            throw new DomainException("meeting.locked");
        }
        attendanceOf(person).ifPresent(attendances::remove);
    }

    public Optional<Attendance> attendanceOf(Person person) {
        return attendances.stream().filter(a -> a.getPerson().equals(person)).findFirst();
    }

    public void issueAgenda(LocalDateTime at) {
        if (status != MeetingStatus.PLANNED && status != MeetingStatus.AGENDA_ISSUED) {
            throw new DomainException("meeting.issue.tooLate");
        }
        if (getAgenda().isEmpty()) {
            throw new DomainException("meeting.issue.emptyAgenda");
        }
        this.agendaIssuedAt = at;
        this.status = MeetingStatus.AGENDA_ISSUED;
    }

    /**
     * Writing the minute: a held meeting moves on to "minute drafted". Before the meeting is held the
     * status stays where it is (a clerk may prepare the minute early), so the pack can still be issued.
     */
    public void noteMinuteDrafted() {
        if (status.isMinuteLocked()) {
            throw new DomainException("meeting.locked");
        }
        if (isHeld()) {
            this.status = MeetingStatus.MINUTE_DRAFTED;
        }
    }

    /**
     * The meeting took place: allowed on or after its date.
     *
     * @param today         the day it is marked
     * @param minuteStarted whether minute text exists already: then the meeting moves straight to "minute drafted"
     */
    public void markHeld(LocalDate today, boolean minuteStarted) {
        if (isHeld()) {
            return;
        }
        if (!canBeMarkedHeldOn(today)) {
            throw new DomainException("meeting.held.notYet", null, UK_DATE.format(date));
        }
        this.status = minuteStarted ? MeetingStatus.MINUTE_DRAFTED : MeetingStatus.HELD;
    }

    /** Whether "mark as held" makes sense on the given day: not held yet, and the meeting's day has come. */
    public boolean canBeMarkedHeldOn(LocalDate today) {
        return !isHeld() && !today.isBefore(date);
    }

    /** Held, or further on in the cycle. */
    public boolean isHeld() {
        return status.ordinal() >= MeetingStatus.HELD.ordinal();
    }

    /**
     * Whether a version of the pack may be issued, whatever the minute's state: any version until the
     * meeting is held, and after it a supplement (a further version of a pack already issued).
     */
    public boolean allowsPackIssue(boolean firstVersion) {
        return !isHeld() || !firstVersion;
    }

    /**
     * The board approves this meeting's minute at a later meeting: who moved it and when are recorded,
     * and the minute is locked; later corrections become recorded amendments.
     */
    public void approveMinute(Meeting atMeeting, String approvedBy, LocalDate approvedOn) {
        if (status.isMinuteLocked()) {
            throw new DomainException("minute.alreadyApproved");
        }
        if (atMeeting == null || atMeeting.number <= number) {
            throw new DomainException("minute.approve.laterMeeting");
        }
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new DomainException("minute.approve.byRequired", "approvedBy");
        }
        this.minuteApprovedAt = atMeeting;
        this.minuteApprovedBy = approvedBy.strip();
        this.minuteApprovedOn = approvedOn;
        this.status = MeetingStatus.MINUTE_APPROVED;
    }

    public void publish(LocalDateTime at) {
        if (status != MeetingStatus.MINUTE_APPROVED) {
            throw new DomainException("meeting.publish.needsApproval");
        }
        this.publishedAt = at;
        this.status = MeetingStatus.PUBLISHED;
    }

    public boolean isPublished() {
        return status == MeetingStatus.PUBLISHED;
    }

    /** Top-level agenda items in order (sub-items hang off them). */
    public List<AgendaItem> getAgenda() {
        return items.stream()
                .filter(i -> i.getParent() == null)
                .sorted(Comparator.comparingInt(AgendaItem::getPosition))
                .toList();
    }

    /** Every item in reading order: 1, 2, 3, 4, 4i, 4ii, 5 … */
    public List<AgendaItem> getAgendaInReadingOrder() {
        List<AgendaItem> ordered = new ArrayList<>();
        for (AgendaItem item : getAgenda()) {
            ordered.add(item);
            ordered.addAll(item.getSubItems());
        }
        return ordered;
    }

    public Optional<AgendaItem> mattersArisingItem() {
        return getAgenda().stream().filter(AgendaItem::isMattersArising).findFirst();
    }

    /** Who attended, the chair first and then in the order recorded, as the minute lists them. */
    public List<Attendance> getAttendances() {
        return attendances.stream().sorted(Comparator.comparing(Attendance::isChair).reversed()).toList();
    }

    public List<Attendance> attendancesOfKind(AttendanceKind kind) {
        return getAttendances().stream().filter(a -> a.getKind() == kind).toList();
    }

    public List<Attendance> getPresent() {
        return attendancesOfKind(AttendanceKind.PRESENT);
    }

    public List<Attendance> getApologies() {
        return attendancesOfKind(AttendanceKind.APOLOGIES);
    }

    /** Who attends in a member's place: the substitute recorded present for them, if any. */
    public Optional<Attendance> substituteOf(Person member) {
        return getAttendances().stream().filter(a -> a.getKind() == AttendanceKind.PRESENT && member.equals(a.getSubstituteFor()))
                .findFirst();
    }

    public List<Attendance> getInAttendance() {
        return attendancesOfKind(AttendanceKind.IN_ATTENDANCE);
    }

    /** "15th meeting". */
    public String getOrdinal() {
        return ordinal(number);
    }

    /** "17th" for 17: how the board numbers its meetings. */
    public static String ordinalOf(int n) {
        return ordinal(n);
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix;
        if (lastTwo >= 11 && lastTwo <= 13) {
            suffix = "th";
        } else {
            suffix = switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return n + suffix;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Board getBoard() {
        return board;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getVenueName() {
        return venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Meeting getPreviousMeeting() {
        return previousMeeting;
    }

    public LocalDate getMinuteApprovedOn() {
        return minuteApprovedOn;
    }

    public String getMinuteApprovedBy() {
        return minuteApprovedBy;
    }

    public Meeting getMinuteApprovedAt() {
        return minuteApprovedAt;
    }

    public LocalDateTime getAgendaIssuedAt() {
        return agendaIssuedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public boolean isMinuteLocked() {
        return status.isMinuteLocked();
    }
}
