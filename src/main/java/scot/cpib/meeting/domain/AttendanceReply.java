package scot.cpib.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * A member's reply before a meeting: attending, apologies, or a substitute (named as the member wrote it).
 * It can be changed until the meeting is held; then the attendance recorded at the meeting is what counts.
 */
@Entity
@Table(name = "attendance_reply")
public class AttendanceReply extends VersionedEntity {

    public static final int SUBSTITUTE_MAX = 200;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReplyAnswer answer;

    @Column(length = SUBSTITUTE_MAX)
    private String substitute;

    @Column(name = "replied_at", nullable = false)
    private LocalDateTime repliedAt;

    @Column(name = "replied_by", nullable = false, length = 100)
    private String repliedBy;

    protected AttendanceReply() {
    }

    /** A first reply; refused once the meeting is held. */
    public static AttendanceReply give(Meeting meeting, Person person, ReplyAnswer answer, String substitute,
            LocalDateTime at, String by) {
        AttendanceReply reply = new AttendanceReply();
        reply.meeting = meeting;
        reply.person = person;
        reply.change(answer, substitute, at, by);
        return reply;
    }

    /** Changes the answer; refused once the meeting is held. A substitute is named only with that answer. */
    public final void change(ReplyAnswer newAnswer, String newSubstitute, LocalDateTime at, String by) {
        if (meeting.isHeld()) {
            throw new DomainException("reply.held", null, meeting.getOrdinal());
        }
        if (newAnswer == null) {
            throw new DomainException("reply.answer.required", "answer");
        }
        this.substitute = newAnswer == ReplyAnswer.SUBSTITUTE
                ? Texts.required(newSubstitute, SUBSTITUTE_MAX, "reply.substitute", "substitute")
                : null;
        this.answer = newAnswer;
        this.repliedAt = at;
        this.repliedBy = by;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public ReplyAnswer getAnswer() {
        return answer;
    }

    public String getSubstitute() {
        return substitute;
    }

    public LocalDateTime getRepliedAt() {
        return repliedAt;
    }

    public String getRepliedBy() {
        return repliedBy;
    }
}
