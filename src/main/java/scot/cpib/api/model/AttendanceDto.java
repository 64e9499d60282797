package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.meeting.domain.Meeting;

/** Who was present, who sent apologies and who was in attendance; the chair first in each list. */
@JsonbPropertyOrder({"present", "apologies", "inAttendance"})
@Schema(name = "Attendance")
public record AttendanceDto(List<AttendeeDto> present, List<AttendeeDto> apologies, List<AttendeeDto> inAttendance) {

    public static AttendanceDto of(Meeting meeting) {
        return new AttendanceDto(meeting.getPresent().stream().map(AttendeeDto::of).toList(),
                meeting.getApologies().stream().map(AttendeeDto::of).toList(),
                meeting.getInAttendance().stream().map(AttendeeDto::of).toList());
    }
}
