package scot.cpib.minutes.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.minutes.application.MinuteReviews;
import scot.cpib.minutes.domain.MinuteReviewStep;
import scot.cpib.minutes.domain.ReviewStage;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * A draft minute's review: where it is (with the secretariat, with the chair, cleared, circulated),
 * the secretariat's and the chair's next steps, and every step so far.
 */
@Named
@ViewScoped
public class MinuteReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient MeetingQueries meetings;

    @Inject
    private transient MinuteReviews reviews;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageMessages messages;

    private Long id;
    private String note;
    private String comment;
    private transient Meeting meeting;

    public void load() {
        Optional<Meeting> found = currentUser.isBoardReader() ? meetings.findVisible(id) : Optional.empty();
        if (found.isEmpty()) {
            NotFoundPage.send(FacesContext.getCurrentInstance());
            return;
        }
        meeting = found.get();
    }

    public String sendToChair() {
        return act(() -> reviews.sendToChair(id, note), "secretariat", "review.sent");
    }

    public String takeBack() {
        return act(() -> reviews.takeBack(id), "secretariat", "review.takenBack");
    }

    public String circulate() {
        try {
            int told = reviews.circulate(id, note);
            messages.info("review.circulated", told);
            return again();
        } catch (DomainException e) {
            messages.error(e, "secretariat");
            return null;
        }
    }

    public String addComment() {
        return act(() -> reviews.comment(id, comment), "chair", "review.commented");
    }

    public String clear() {
        return act(() -> reviews.clear(id, comment), "chair", "review.cleared");
    }

    private String act(Runnable step, String formId, String doneKey) {
        try {
            step.run();
            messages.info(doneKey);
            return again();
        } catch (DomainException e) {
            messages.error(e, formId);
            return null;
        }
    }

    private String again() {
        return "/meetings/minute-review?faces-redirect=true&id=" + id;
    }

    public Meeting getMeeting() {
        if (meeting == null && id != null) {
            meeting = meetings.getVisible(id);
        }
        return meeting;
    }

    /** The stage as the page names it: approved once the board has approved the minute. */
    public String getStageKey() {
        return getMeeting().isMinuteLocked() ? "APPROVED" : getStage().name();
    }

    public ReviewStage getStage() {
        return reviews.stageOf(id);
    }

    public Person getChair() {
        return reviews.chairOf(getMeeting()).orElse(null);
    }

    /** Whether the draft can go to the chair: the meeting is held and its minute written. */
    public boolean isDrafted() {
        return getMeeting().getStatus() == MeetingStatus.MINUTE_DRAFTED;
    }

    public boolean isSecretariat() {
        return currentUser.isSecretariat();
    }

    /** The chair's part is shown to the chair and the secretariat while the draft is with the chair. */
    public boolean isChairPartShown() {
        return !getMeeting().isMinuteLocked() && getStage() == ReviewStage.WITH_CHAIR
                && (currentUser.isSecretariat() || reviews.isChair(id));
    }

    public List<MinuteReviewStep> getSteps() {
        return reviews.stepsOf(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
