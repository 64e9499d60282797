package scot.cpib.minutes.domain;

/** A step of a draft minute's review, as its history lists it. */
public enum ReviewStepKind {
    SENT_TO_CHAIR, COMMENTED, CLEARED, CIRCULATED
}
