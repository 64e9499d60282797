package scot.cpib.minutes.domain;

/** Where a draft minute is in its review before the board approves it at the next meeting. */
public enum ReviewStage {
    /** Being drafted; not yet sent to the chair (or back from the chair with comments). */
    WITH_SECRETARIAT,
    /** Sent to the chair, who comments and clears it for circulation. */
    WITH_CHAIR,
    /** The chair cleared it; the secretariat may circulate it. */
    CLEARED,
    /** Circulated to the members as a draft; the board approves it at the next meeting. */
    CIRCULATED
}
