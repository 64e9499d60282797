package scot.cpib.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * One entry of a member's register of interests: what the interest is, from when and (once it ends)
 * until when, and when it was last confirmed. A review is due a year after the last one.
 */
@Entity
@Table(name = "registered_interest")
public class RegisteredInterest extends VersionedEntity {

    public static final int DESCRIPTION_MAX = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected RegisteredInterest() {
    }

    /** Registers an interest held from the day given; registering it counts as its first review. */
    public RegisteredInterest(Person person, String description, LocalDate from, LocalDate today, LocalDateTime at, String by) {
        if (person == null) {
            throw new DomainException("interest.person.required", "person");
        }
        this.person = person;
        this.description = Texts.required(description, DESCRIPTION_MAX, "interest.description", "description");
        if (from == null) {
            throw new DomainException("interest.from.required", "from");
        }
        if (from.isAfter(today)) {
            throw new DomainException("interest.from.future", "from");
        }
        this.fromDate = from;
        this.reviewedOn = today;
        this.recordedAt = at;
        this.recordedBy = by.length() > 100 ? by.substring(0, 100) : by;
    }

    /** The member confirmed the entry is still right. */
    public void review(LocalDate on) {
        this.reviewedOn = on;
    }

    /** The interest ended on this day (not before it began); it stays in the register with its dates. */
    public void end(LocalDate on) {
        if (on == null) {
            throw new DomainException("interest.to.required", "to");
        }
        if (on.isBefore(fromDate)) {
            throw new DomainException("interest.to.beforeFrom", "to");
        }
        this.toDate = on;
    }

    public boolean isCurrentOn(LocalDate day) {
        return !fromDate.isAfter(day) && (toDate == null || !toDate.isBefore(day));
    }

    /** The day a review is due: a year after the last. */
    public LocalDate getReviewDue() {
        return reviewedOn.plusYears(1);
    }

    /** A current interest whose yearly review has come. */
    public boolean isReviewDueOn(LocalDate today) {
        return toDate == null && !getReviewDue().isAfter(today);
    }

    public Person getPerson() {
        return person;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }
}
