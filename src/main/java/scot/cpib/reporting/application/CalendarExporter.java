package scot.cpib.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;

/**
 * Meetings as iCalendar: one meeting's .ics, or the board's feed with every meeting. Times are in
 * Europe/London with the VTIMEZONE included; each meeting's UID is stable, so calendars update the
 * event when the date, venue or agenda changes rather than adding another.
 */
@ApplicationScoped
public class CalendarExporter {

    public static final String ZONE = "Europe/London";
    private static final String UID_DOMAIN = "@cpib-board-manager";

    public void meeting(Meeting meeting, Instant stamp, OutputStream out) throws IOException {
        write(List.of(meeting), DocumentFormats.meetingName(meeting), stamp, out);
    }

    /** The board's subscribable feed: every meeting given, in one VCALENDAR. */
    public void feed(String calendarName, List<Meeting> meetings, Instant stamp, OutputStream out) throws IOException {
        write(meetings, calendarName, stamp, out);
    }

    /** "cpib-16@cpib-board-manager": the board and the meeting number, which never change for a meeting. */
    public static String uid(Meeting meeting) {
        return meeting.getBoard().getShortName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                + "-" + meeting.getNumber() + UID_DOMAIN;
    }

    private void write(List<Meeting> meetings, String name, Instant stamp, OutputStream out) throws IOException {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar().withProdId("-//CPIB//CPIB Board Manager//EN").withDefaults().getFluentTarget();
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
        calendar.add(registry.getTimeZone(ZONE).getVTimeZone());
        ZoneId london = ZoneId.of(ZONE);
        for (Meeting meeting : meetings) {
            ZonedDateTime start = ZonedDateTime.of(meeting.getDate(), meeting.getStartTime(), london);
            ZonedDateTime end = ZonedDateTime.of(meeting.getDate(), meeting.getEndTime(), london);
            VEvent event = new VEvent(start, end, DocumentFormats.meetingName(meeting));
            event.add(new Uid(uid(meeting)));
            event.replace(new DtStamp(stamp));
            String place = DocumentFormats.place(meeting);
            if (!place.isEmpty()) {
                event.add(new Location(place));
            }
            event.add(new Description(description(meeting)));
            event.add(new Status(Status.VALUE_CONFIRMED));
            calendar.add(event);
        }
        // the outputter closes its writer; the caller's stream (a response, a mail part) stays open
        Writer writer = new OutputStreamWriter(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        new CalendarOutputter(false).output(calendar, writer);
    }

    private static String description(Meeting meeting) {
        StringBuilder text = new StringBuilder(DocumentTexts.text("calendar.description", meeting.getBoard().getName(),
                meeting.getOrdinal(), DocumentFormats.timeRange(meeting.getStartTime(), meeting.getEndTime())));
        text.append('\n').append(DocumentTexts.text("pack.agenda")).append(':');
        for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
            text.append('\n').append(item.getParent() == null ? item.getLabel() + ". " : "   " + item.getShortLabel() + " ")
                    .append(item.getTitle());
        }
        return text.toString();
    }
}
