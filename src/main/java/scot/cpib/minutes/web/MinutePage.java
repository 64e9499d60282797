package scot.cpib.minutes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import scot.cpib.meeting.application.AttendanceLine;
import scot.cpib.meeting.application.MeetingLines;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.StandingKind;
import scot.cpib.minutes.application.MinuteAction;
import scot.cpib.minutes.application.MinuteLines;
import scot.cpib.minutes.application.MinuteQueries;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.web.NotFoundPage;

/** The minute of one meeting as the board reads it: attendance, then each item with its actions. */
@Named
@RequestScoped
public class MinutePage {

    @Inject
    private MeetingQueries meetings;

    @Inject
    private MinuteQueries minutes;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private Meeting meeting;
    private Map<Long, MinuteEntry> entries;
    private Map<Long, List<MinuteAction>> actions;
    private List<AttendanceLine> attendance;
    private Map<Long, List<String>> declarationsByItem;
    private List<Declared> declarations;

    @Inject
    private MinuteLines minuteLines;

    @Inject
    private MeetingLines meetingLines;

    /** A declaration as the standing "Declarations of interest" item lists it: the item's number and the minute's label. */
    public record Declared(String itemLabel, String minuteLabel) {
    }

    /** View action: the meeting must exist and be visible (published, for the public). */
    public void load() {
        meeting = meetings.findVisible(id).orElse(null);
        if (meeting == null) {
            NotFoundPage.send();
            return;
        }
        // Actions, attendance and declarations as values, one query each (issue 13).
        entries = minutes.entriesOf(meeting);
        actions = minuteLines.actionsOf(meeting);
        attendance = meetingLines.attendanceOf(meeting);
        declarationsByItem = meetingLines.declarationsOf(meeting);
    }

    /** Every declaration of the meeting, in the agenda's reading order: listed under the standing "Declarations of interest" item. */
    public List<Declared> getDeclarations() {
        if (declarations == null) {
            declarations = getItems().stream().flatMap(item -> declarations(item).stream().map(d -> new Declared(item.getLabel(), d)))
                    .toList();
        }
        return declarations;
    }

    /** The declarations made on one item, as the minute labels them. */
    public List<String> declarations(AgendaItem item) {
        return declarationsByItem.getOrDefault(item.getId(), List.of());
    }

    public boolean isDeclarationsItem(AgendaItem item) {
        return item.getStandingKind() == StandingKind.DECLARATIONS_OF_INTEREST;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public List<AgendaItem> getItems() {
        return meeting.getAgendaInReadingOrder();
    }

    public MinuteEntry entry(AgendaItem item) {
        return entries.get(item.getId());
    }

    public List<MinuteAction> actions(AgendaItem item) {
        return actions.getOrDefault(item.getId(), List.of());
    }

    /** Who attended in this way ("PRESENT", "APOLOGIES", "IN_ATTENDANCE"), the chair first. */
    public List<AttendanceLine> attendance(String kind) {
        return attendance.stream().filter(a -> a.kind().name().equals(kind)).toList();
    }

    /** "Steve Grimmond (chair), SOLACE; Emily Lynch, Improvement Service; …". */
    public String names(List<AttendanceLine> lines) {
        return lines.stream().map(a -> a.minuteLabel(attendance)).collect(Collectors.joining("; "));
    }

    public boolean isCanEdit() {
        return currentUser.isSecretariat();
    }

    public boolean isCanSeeMattersArising() {
        return currentUser.isBoardReader();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
