package scot.cpib.annualreport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * A board member's review of one round, for their organisation: when they first read it, and their decision
 * (agreed, or changes requested with a reason), which they may change until the report is approved.
 */
@Entity
@Table(name = "report_review")
public class MemberReview extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private ReviewRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ReviewDecision decision;

    @Column(columnDefinition = "TEXT")
    private String reason;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    protected MemberReview() {
    }

    public MemberReview(ReviewRound round, Person person, Organisation organisation) {
        this.round = round;
        this.person = person;
        this.organisation = organisation;
    }

    /** Notes the first time the member opened the round. */
    public boolean read(LocalDateTime at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    /** Records the organisation's decision; changes requested need a reason, agreement clears any. */
    public void decide(ReviewDecision decision, String reason, LocalDateTime at) {
        if (decision == null) {
            throw new DomainException("review.decision.required", "decision");
        }
        if (decision == ReviewDecision.CHANGES_REQUESTED) {
            this.reason = Texts.required(reason, Texts.LONG_MAX, "review.reason", "reason");
        } else {
            this.reason = Texts.optional(reason, Texts.LONG_MAX, "review.reason", "reason");
        }
        this.decision = decision;
        this.decidedAt = at;
        read(at);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public ReviewRound getRound() {
        return round;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }
}
