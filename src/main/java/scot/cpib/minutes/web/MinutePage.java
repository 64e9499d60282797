package scot.cpib.minutes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.application.Interests;
import scot.cpib.meeting.domain.InterestDeclaration;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.StandingKind;
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
    private Map<Long, List<AgreedAction>> actions;
    private List<InterestDeclaration> declarations;

    @Inject
    private Interests interests;

    /** View action: the meeting must exist and be visible (published, for the public). */
    public void load() {
        meeting = meetings.findVisible(id).orElse(null);
        if (meeting == null) {
            NotFoundPage.send();
            return;
        }
        entries = minutes.entriesOf(meeting);
        actions = minutes.actionsOf(meeting);
        declarations = interests.declarationsOf(meeting);
    }

    /** Every declaration of the meeting, by item: listed under the standing "Declarations of interest" item. */
    public List<InterestDeclaration> getDeclarations() {
        return declarations;
    }

    /** The declarations made on one item. */
    public List<InterestDeclaration> declarations(AgendaItem item) {
        return declarations.stream().filter(d -> d.getAgendaItem().equals(item)).toList();
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

    public List<AgreedAction> actions(AgendaItem item) {
        return actions.getOrDefault(item.getId(), List.of());
    }

    /** "Steve Grimmond (chair), SOLACE; Emily Lynch, Improvement Service; …". */
    public String names(List<Attendance> attendances) {
        return attendances.stream().map(Attendance::getMinuteLabel).collect(Collectors.joining("; "));
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
