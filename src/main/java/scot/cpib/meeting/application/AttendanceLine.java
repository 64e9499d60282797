package scot.cpib.meeting.application;

import java.io.Serializable;
import java.util.List;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.AttendanceKind;

/**
 * One line of a meeting's attendance as the meeting page lists it, read as a query's columns: who
 * (their id and name as a minute writes it), how they attended, whether they chaired, the organisation
 * they represented, and whom they substituted for.
 */
public record AttendanceLine(long personId, String name, AttendanceKind kind, boolean chair, String organisation,
        Long substituteForId, String substituteForName) implements Serializable {

    public boolean substitute() {
        return substituteForId != null;
    }

    /** The substitute recorded present for this person among the meeting's lines, as {@code Meeting.substituteOf}: null when none. */
    public AttendanceLine substituteAmong(List<AttendanceLine> attendance) {
        return attendance.stream().filter(a -> a.kind() == AttendanceKind.PRESENT && Long.valueOf(personId).equals(a.substituteForId()))
                .findFirst().orElse(null);
    }

    /** As {@link Attendance#getMinuteLabel()}, with the meeting's other lines to find who came in the place of apologies. */
    public String minuteLabel(List<AttendanceLine> attendance) {
        AttendanceLine substitute = kind == AttendanceKind.APOLOGIES ? substituteAmong(attendance) : null;
        return Attendance.minuteLabel(name, chair, organisation, substituteForName, substitute == null ? null : substitute.name());
    }
}
