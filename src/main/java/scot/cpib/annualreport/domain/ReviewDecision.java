package scot.cpib.annualreport.domain;

/** What a board member records for their organisation on a round: agreed, or changes requested (with a reason). */
public enum ReviewDecision {
    AGREED, CHANGES_REQUESTED
}
