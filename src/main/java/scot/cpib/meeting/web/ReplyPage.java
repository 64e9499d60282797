package scot.cpib.meeting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.cpib.meeting.application.AttendanceReplies;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.application.NextMeetingReplies;
import scot.cpib.meeting.domain.AttendanceReply;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.ReplyAnswer;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.Formats;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * A member's reply before a meeting (attending, apologies, a substitute), on its own page (the link in
 * the pack e-mail) and on the home page for the next meeting. It can be changed until the meeting is held.
 */
@Named
@ViewScoped
public class ReplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient MeetingQueries meetings;

    @Inject
    private transient AttendanceReplies replies;

    @Inject
    private transient NextMeetingReplies nextMeetings;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient BoardClock clock;

    @Inject
    private transient PageMessages messages;

    @Inject
    private transient FacesContext faces;

    private Long id;
    private String meetingName;
    private boolean open;
    private boolean held;
    private String answer;
    private String substitute;
    private Long version;
    private String saved;
    private boolean home;

    /** The reply page: the meeting named in the address. */
    public void load() {
        Optional<Meeting> found = meetings.findVisible(id);
        if (found.isEmpty()) {
            NotFoundPage.send(faces);
            return;
        }
        show(found.get());
    }

    /** The home page: the next meeting, if there is one. */
    public void loadNext() {
        home = true;
        // the meeting and who may reply kept for every reader (NextMeetingReplies); the reply read for the person
        nextMeetings.on(clock.today()).ifPresent(next -> show(next.id(), next.ordinal(), next.date(), next.held(),
                next.canReply(currentUser.person())));
    }

    private void show(Meeting meeting) {
        show(meeting.getId(), meeting.getOrdinal(), meeting.getDate(), meeting.isHeld(), replies.canReply(meeting));
    }

    private void show(Long meetingId, String ordinal, LocalDate date, boolean isHeld, boolean mayReply) {
        id = meetingId;
        meetingName = PageMessages.text("meeting.ordinal", ordinal) + " – " + Formats.date(date);
        held = isHeld;
        open = mayReply;
        Optional<AttendanceReply> mine = replies.myReply(id);
        answer = mine.map(r -> r.getAnswer().name()).orElse(null);
        substitute = mine.map(AttendanceReply::getSubstitute).orElse(null);
        version = mine.map(AttendanceReply::getVersion).orElse(null);
        saved = mine.map(AttendanceReply::getAnswer).map(ReplyAnswer::name).orElse(null);
    }

    public String save() {
        if (answer == null || answer.isBlank()) {
            messages.error("reply:answer", "reply.answer.required");
            return null;
        }
        try {
            AttendanceReply reply = replies.reply(id, ReplyAnswer.valueOf(answer), substitute, version);
            messages.info("reply.saved." + reply.getAnswer().name(), meetingName, reply.getSubstitute() == null ? "" : reply.getSubstitute());
            return (home ? "/index" : "/meetings/reply") + "?faces-redirect=true" + (home ? "" : "&id=" + id);
        } catch (ConcurrentEditException e) {
            replies.myReply(id).ifPresent(r -> version = r.getVersion());
            messages.error("reply:answer", "reply.conflict", e.theirs(String.class));
            return null;
        } catch (DomainException e) {
            messages.error(e, "reply");
            return null;
        }
    }

    public List<String> getAnswers() {
        return List.of(ReplyAnswer.ATTENDING.name(), ReplyAnswer.APOLOGIES.name(), ReplyAnswer.SUBSTITUTE.name());
    }

    /** Whether there is a meeting to reply to (the home page may have none). */
    public boolean isShown() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMeetingName() {
        return meetingName;
    }

    /** The caller may reply now. */
    public boolean isOpen() {
        return open;
    }

    /** The meeting is held: replies are closed. */
    public boolean isHeld() {
        return held;
    }

    /** The answer as saved (null: no reply yet), for the "your reply" line. */
    public String getSaved() {
        return saved;
    }

    public String getSavedSubstitute() {
        return ReplyAnswer.SUBSTITUTE.name().equals(saved) ? substitute : null;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getSubstitute() {
        return substitute;
    }

    public void setSubstitute(String substitute) {
        this.substitute = substitute;
    }
}
