package scot.cpib.meeting.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import scot.cpib.meeting.domain.Meeting;

/** A meeting's date, times and venue as a form edits them, and as "their version" in a conflict. */
public record MeetingDetails(LocalDate date, LocalTime startTime, LocalTime endTime, String venueName,
                             String venueAddress) implements Serializable {

    public static MeetingDetails of(Meeting meeting) {
        return new MeetingDetails(meeting.getDate(), meeting.getStartTime(), meeting.getEndTime(),
                meeting.getVenueName(), meeting.getVenueAddress());
    }
}
