package scot.cpib.meeting.domain;

/** Why an item is on the agenda. */
public enum AgendaPurpose {
    DECISION, DISCUSSION, INFORMATION
}
