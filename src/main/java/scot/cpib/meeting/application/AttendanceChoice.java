package scot.cpib.meeting.application;

import java.io.Serializable;
import scot.cpib.meeting.domain.AttendanceKind;

/** One row of the attendance screen: a person, how they figure (null: not recorded) and whether they chaired. */
public record AttendanceChoice(Long personId, AttendanceKind kind, boolean chair) implements Serializable {
}
