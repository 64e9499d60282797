package scot.cpib.meeting.domain;

/** A member's answer before a meeting: coming, sending apologies, or sending someone in their place. */
public enum ReplyAnswer {
    ATTENDING, APOLOGIES, SUBSTITUTE;

    /** Whether the member's seat is filled at the meeting (by them or by their substitute): counts for the quorum. */
    public boolean isSeatFilled() {
        return this != APOLOGIES;
    }

    /** How the attendance screen starts for this reply: the member present, or their apologies recorded. */
    public AttendanceKind expectedKind() {
        return this == ATTENDING ? AttendanceKind.PRESENT : AttendanceKind.APOLOGIES;
    }
}
