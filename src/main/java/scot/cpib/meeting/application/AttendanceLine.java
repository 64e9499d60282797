package scot.cpib.meeting.application;

import java.io.Serializable;
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
}
