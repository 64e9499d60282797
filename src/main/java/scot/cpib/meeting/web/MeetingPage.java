package scot.cpib.meeting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import scot.cpib.meeting.application.AttendanceLine;
import scot.cpib.meeting.application.MeetingLines;
import scot.cpib.meeting.application.MeetingPlanning;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.Formats;
import scot.cpib.shared.web.PageMessages;

/** The meeting page: details, status history, agenda with papers, attendance, and the cycle buttons. */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient BoardClock clock;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private MeetingPlanning planning;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    @Inject
    private FacesContext faces;

    @Inject
    private MeetingLines lines;

    private Long id;
    private transient Meeting meeting;
    private transient List<AttendanceLine> attendance;
    private transient Map<Long, String> presenters;

    public void load() {
        meeting = meetings.findVisible(id).orElse(null);
        if (meeting == null) {
            NotFoundPage.send(faces);
        }
    }

    public Meeting getMeeting() {
        if (meeting == null && id != null) {
            attendance = null;
            presenters = null;
            meeting = meetings.findVisible(id).orElse(null);
        }
        return meeting;
    }

    /** Who attended, the chair first, as values (one query; as entities each came with their organisation). */
    public List<AttendanceLine> getAttendance() {
        if (attendance == null) {
            attendance = lines.attendanceOf(getMeeting());
        }
        return attendance;
    }

    public List<AttendanceLine> attendanceOfKind(String kind) {
        return getAttendance().stream().filter(a -> a.kind().name().equals(kind)).toList();
    }

    /** The substitute recorded present for a member who sent apologies, as {@link Meeting#substituteOf}: null when none. */
    public AttendanceLine substituteOf(AttendanceLine member) {
        return member.substituteAmong(getAttendance());
    }

    /** The name of the item's presenter as a minute writes it (null when none), read for the whole agenda in one query. */
    public String presenterOf(AgendaItem item) {
        if (presenters == null) {
            presenters = lines.presentersOf(getMeeting());
        }
        return presenters.get(item.getId());
    }

    /** The papers of an item the caller may open: confidential ones only for the secretariat. */
    public List<Paper> papersOf(AgendaItem item) {
        return item.getPapers().stream().filter(p -> p.isUploaded() && (!p.isRestricted() || currentUser.isSecretariat())).toList();
    }

    public String sizeOf(Paper paper) {
        return PaperSizes.label(paper.getSizeBytes());
    }

    public boolean isCanManage() {
        return currentUser.isSecretariat();
    }

    /** "Mark as held" is offered from the meeting's day on, until it is held. */
    public boolean isCanMarkHeld() {
        return isCanManage() && getMeeting().canBeMarkedHeldOn(today());
    }

    /** Why "mark as held" is not offered yet: the meeting's day has not come (null when it is offered or done). */
    public String getMarkHeldNotYet() {
        Meeting m = getMeeting();
        return isCanManage() && !m.isHeld() && !m.canBeMarkedHeldOn(today())
                ? PageMessages.text("meeting.held.notYetHint", Formats.date(m.getDate())) : null;
    }

    /** An approved minute may be published by the secretariat. */
    public boolean isCanPublish() {
        return isCanManage() && getMeeting().getStatus() == MeetingStatus.MINUTE_APPROVED;
    }

    /** Why "publish" is not offered (null when it is, or when the minute is published). */
    public String getPublishNotYet() {
        Meeting m = getMeeting();
        return isCanManage() && m.isHeld() && !m.isMinuteLocked() ? PageMessages.text("meeting.publish.notYetHint") : null;
    }

    public String publish() {
        try {
            planning.publishMinute(id);
            messages.info("meeting.publishedDone", getMeeting().getOrdinal());
            return reload();
        } catch (DomainException e) {
            messages.error(e, "cycle");
            meeting = null;
            return null;
        }
    }

    private LocalDate today() {
        return clock.today();
    }

    public boolean isAgendaIssued() {
        return getMeeting().getAgendaIssuedAt() != null;
    }

    public String markHeld() {
        try {
            planning.markHeld(id);
            messages.info("meeting.markedHeld");
            return reload();
        } catch (DomainException e) {
            messages.error(e, "cycle");
            meeting = null;
            return null;
        }
    }

    private String reload() {
        return "/meetings/view?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
