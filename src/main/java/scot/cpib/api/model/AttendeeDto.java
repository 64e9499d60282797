package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.meeting.domain.Attendance;

/**
 * A person at (or sending apologies to) a meeting, with the organisation they represented then; a
 * substitute names the member they attended for.
 */
@JsonbPropertyOrder({"personId", "name", "organisation", "chair", "substituteFor"})
@Schema(name = "Attendee")
public record AttendeeDto(long personId, String name, String organisation, boolean chair,
                          @Schema(description = "The member this person attended for as a substitute; absent otherwise",
                                  example = "David Martin") String substituteFor) {

    public static AttendeeDto of(Attendance attendance) {
        return new AttendeeDto(attendance.getPerson().getId(), attendance.getPerson().getDisplayName(),
                attendance.getOrganisation() == null ? null : attendance.getOrganisation().getName(),
                attendance.isChair(), attendance.isSubstitute() ? attendance.getSubstituteFor().getDisplayName() : null);
    }
}
