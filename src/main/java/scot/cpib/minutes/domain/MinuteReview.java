package scot.cpib.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.shared.domain.DomainException;

/**
 * A draft minute's review: drafted by the secretariat, sent to the chair (who comments and clears it
 * for circulation), then circulated to the members as a draft. Approval stays with the board at the
 * next meeting ({@link Meeting#approveMinute}); an approved minute's review is over.
 */
@Entity
@Table(name = "minute_review")
public class MinuteReview {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStage stage = ReviewStage.WITH_SECRETARIAT;

    protected MinuteReview() {
    }

    public MinuteReview(Meeting meeting) {
        this.meetingId = meeting.getId();
    }

    /** The secretariat sends the drafted minute to the chair (again, after comments). */
    public void sendToChair(Meeting meeting) {
        requireOpen(meeting);
        if (meeting.getStatus() != MeetingStatus.MINUTE_DRAFTED) {
            throw new DomainException("review.notDrafted");
        }
        if (stage == ReviewStage.WITH_CHAIR) {
            throw new DomainException("review.alreadyWithChair");
        }
        stage = ReviewStage.WITH_CHAIR;
    }

    /** The chair comments; the minute stays with them. */
    public void requireWithChair(Meeting meeting) {
        requireOpen(meeting);
        if (stage != ReviewStage.WITH_CHAIR) {
            throw new DomainException("review.notWithChair");
        }
    }

    /** The chair clears the draft for circulation. */
    public void clear(Meeting meeting) {
        requireWithChair(meeting);
        stage = ReviewStage.CLEARED;
    }

    /** The secretariat circulates the cleared draft to the members. */
    public void circulate(Meeting meeting) {
        requireOpen(meeting);
        if (stage != ReviewStage.CLEARED) {
            throw new DomainException(stage == ReviewStage.CIRCULATED ? "review.alreadyCirculated" : "review.notCleared");
        }
        stage = ReviewStage.CIRCULATED;
    }

    /** The secretariat takes the draft back to change it after the chair's comments. */
    public void takeBack(Meeting meeting) {
        requireWithChair(meeting);
        stage = ReviewStage.WITH_SECRETARIAT;
    }

    private static void requireOpen(Meeting meeting) {
        if (meeting.isMinuteLocked()) {
            throw new DomainException("review.approved");
        }
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public long getVersion() {
        return version;
    }

    public ReviewStage getStage() {
        return stage;
    }
}
