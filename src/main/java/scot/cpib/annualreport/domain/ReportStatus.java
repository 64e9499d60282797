package scot.cpib.annualreport.domain;

/** Where a report is in its life: drafted by the secretariat, reviewed by the board, approved, published. */
public enum ReportStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED;

    /** Review has begun: the board may have read the figures, so a change to them is noted. */
    public boolean isReviewBegun() {
        return this != DRAFT;
    }
}
