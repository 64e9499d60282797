package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One meeting with its agenda (in order) and its attendance. */
@JsonbPropertyOrder({"id", "number", "date", "startTime", "endTime", "venueName", "venueAddress", "status", "previousMeetingNumber", "agenda", "attendance"})
@Schema(name = "Meeting")
public record MeetingDto(long id, int number, LocalDate date, LocalTime startTime, LocalTime endTime,
                         String venueName, String venueAddress, String status, Integer previousMeetingNumber,
                         List<AgendaItemDto> agenda, AttendanceDto attendance) {
}
