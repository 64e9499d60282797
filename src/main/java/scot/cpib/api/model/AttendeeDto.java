package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.meeting.domain.Attendance;

/** A person at (or sending apologies to) a meeting, with the organisation they represented then. */
@JsonbPropertyOrder({"personId", "name", "organisation", "chair"})
@Schema(name = "Attendee")
public record AttendeeDto(long personId, String name, String organisation, boolean chair) {

    public static AttendeeDto of(Attendance attendance) {
        return new AttendeeDto(attendance.getPerson().getId(), attendance.getPerson().getDisplayName(),
                attendance.getOrganisation() == null ? null : attendance.getOrganisation().getName(),
                attendance.isChair());
    }
}
