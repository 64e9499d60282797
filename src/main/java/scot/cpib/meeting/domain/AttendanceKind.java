package scot.cpib.meeting.domain;

/** How a person figures in a meeting's minute. */
public enum AttendanceKind {
    PRESENT, APOLOGIES, IN_ATTENDANCE
}
