package scot.cpib.action.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.BaseEntity;

/** A progress note on an action: who reported what, when, and at which meeting if reported there. */
@Entity
@Table(name = "action_progress")
public class ActionProgress extends BaseEntity {

    public static final int NOTE_MAX = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    private AgreedAction action;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(nullable = false, length = 150)
    private String author;

    @Column(nullable = false, length = NOTE_MAX)
    private String note;

    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    protected ActionProgress() {
    }

    ActionProgress(AgreedAction action, String note, String author, LocalDate recordedOn, LocalDateTime recordedAt, Meeting meeting) {
        this.action = action;
        this.note = note;
        this.author = author;
        this.recordedOn = recordedOn;
        this.recordedAt = recordedAt;
        this.meeting = meeting;
    }

    public AgreedAction getAction() {
        return action;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getNote() {
        return note;
    }

    public Meeting getMeeting() {
        return meeting;
    }
}
