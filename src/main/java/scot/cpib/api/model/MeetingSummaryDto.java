package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.meeting.domain.Meeting;

/** A meeting in a list: when and where, and how far through its cycle it is. */
@JsonbPropertyOrder({"id", "number", "date", "startTime", "endTime", "venueName", "venueAddress", "status"})
@Schema(name = "MeetingSummary")
public record MeetingSummaryDto(long id, int number, LocalDate date, LocalTime startTime, LocalTime endTime,
                                String venueName, String venueAddress,
                                @Schema(enumeration = {"PLANNED", "AGENDA_ISSUED", "HELD", "MINUTE_DRAFTED",
                                    "MINUTE_APPROVED", "PUBLISHED"}) String status) {

    public static MeetingSummaryDto of(Meeting meeting) {
        return new MeetingSummaryDto(meeting.getId(), meeting.getNumber(), meeting.getDate(), meeting.getStartTime(),
                meeting.getEndTime(), meeting.getVenueName(), meeting.getVenueAddress(), meeting.getStatus().name());
    }
}
