package scot.cpib.annualreport.application;

import java.time.LocalDateTime;
import scot.cpib.annualreport.domain.MemberReview;
import scot.cpib.annualreport.domain.ReviewDecision;

/** A member's decision as saved, shown as "their version" when a save conflicts (the same member in another tab). */
public record ReviewSnapshot(ReviewDecision decision, String reason, LocalDateTime decidedAt, long version) {

    static ReviewSnapshot of(MemberReview review) {
        return new ReviewSnapshot(review.getDecision(), review.getReason(), review.getDecidedAt(), review.getVersion());
    }
}
