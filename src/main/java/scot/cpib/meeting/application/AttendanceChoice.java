package scot.cpib.meeting.application;

import java.io.Serializable;
import scot.cpib.meeting.domain.AttendanceKind;

/**
 * One row of the attendance screen: a person, how they figure (null: not recorded), whether they chaired,
 * and the member they attended for as a substitute (null: for themselves).
 */
public record AttendanceChoice(Long personId, AttendanceKind kind, boolean chair, Long substituteForId) implements Serializable {

    public AttendanceChoice(Long personId, AttendanceKind kind, boolean chair) {
        this(personId, kind, chair, null);
    }
}
