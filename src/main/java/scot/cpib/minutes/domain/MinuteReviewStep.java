package scot.cpib.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import scot.cpib.shared.domain.BaseEntity;
import scot.cpib.shared.domain.Texts;

/** One step of a draft minute's review: what was done, by whom, when, and the comment given. Never changed. */
@Entity
@Table(name = "minute_review_step")
public class MinuteReviewStep extends BaseEntity {

    public static final int COMMENT_MAX = 5000;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStepKind step;

    @Column(columnDefinition = "TEXT")
    private String comment;

    @Column(name = "taken_at", nullable = false)
    private LocalDateTime takenAt;

    @Column(name = "taken_by", nullable = false, length = 100)
    private String takenBy;

    @Column(name = "taken_by_name", nullable = false, length = 150)
    private String takenByName;

    protected MinuteReviewStep() {
    }

    public MinuteReviewStep(Long meetingId, ReviewStepKind step, String comment, LocalDateTime at, String by, String byName) {
        this.meetingId = meetingId;
        this.step = step;
        this.comment = step == ReviewStepKind.COMMENTED
                ? Texts.required(comment, COMMENT_MAX, "review.comment", "comment")
                : Texts.optional(comment, COMMENT_MAX, "review.comment", "comment");
        this.takenAt = at;
        this.takenBy = by.length() > 100 ? by.substring(0, 100) : by;
        this.takenByName = byName.length() > 150 ? byName.substring(0, 150) : byName;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public ReviewStepKind getStep() {
        return step;
    }

    public String getComment() {
        return comment;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public String getTakenByName() {
        return takenByName;
    }
}
