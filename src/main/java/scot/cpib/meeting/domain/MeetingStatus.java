package scot.cpib.meeting.domain;

/** Where a meeting is in its cycle, from planning to a published minute. */
public enum MeetingStatus {
    PLANNED, AGENDA_ISSUED, HELD, MINUTE_DRAFTED, MINUTE_APPROVED, PUBLISHED;

    public boolean isMinuteLocked() {
        return this == MINUTE_APPROVED || this == PUBLISHED;
    }
}
