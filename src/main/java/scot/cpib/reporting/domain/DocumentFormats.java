package scot.cpib.reporting.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import scot.cpib.action.domain.ActionProgress;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.UkDates;

/** How documents write dates, times, meetings and actions: UK style, as the board's papers do. */
public final class DocumentFormats {

    private DocumentFormats() {
    }

    /** "28 February 2019". */
    public static String date(LocalDate date) {
        return UkDates.date(date);
    }

    /** "2pm – 4pm". */
    public static String timeRange(LocalTime start, LocalTime end) {
        return UkDates.clock(start) + " \u2013 " + UkDates.clock(end);
    }

    /** "CPIB 16th meeting". */
    public static String meetingName(Meeting meeting) {
        return DocumentTexts.text("document.meetingName", meeting.getBoard().getShortName(), meeting.getOrdinal());
    }

    /** "Scottish Enterprise, Apex House, 99 Haymarket Terrace, EH12 5HD" (venue and address, whichever are known). */
    public static String place(Meeting meeting) {
        String venue = meeting.getVenueName();
        String address = meeting.getVenueAddress();
        if (venue == null) {
            return address == null ? "" : address;
        }
        return address == null ? venue : venue + ", " + address.replace("\n", ", ");
    }

    /** "February 2019", "28 February 2019" or "" when no due date was set. */
    public static String due(AgreedAction action) {
        return action.getDue() == null ? "" : action.getDue().getLabel();
    }

    /** "Open", "In progress", "Complete", "Superseded", "Covered elsewhere". */
    public static String status(ActionStatus status) {
        return DocumentTexts.text("action.status." + status.name());
    }

    /** The latest progress note recorded on or before the given day. */
    public static Optional<ActionProgress> latestProgress(AgreedAction action, LocalDate asAt) {
        return action.getProgress().stream()
                .filter(p -> asAt == null || !p.getRecordedOn().isAfter(asAt))
                .max((a, b) -> a.getRecordedAt().compareTo(b.getRecordedAt()));
    }
}
