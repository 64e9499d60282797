package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import scot.cpib.reporting.application.CalendarExporter;

class CalendarExporterTest {

    private static final Instant STAMP = Instant.parse("2019-02-21T09:00:00Z");
    private final BoardPackFixture board = new BoardPackFixture();
    private final CalendarExporter exporter = new CalendarExporter();

    private Calendar parse(byte[] ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    @Test
    void meetingFileParsesBackWithLondonTimesVenueAndAgenda() throws IOException, ParserException {
        board.sixteenth.moveTo("Scottish Enterprise, Apex House", "99 Haymarket Terrace, Edinburgh EH12 5HD");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.meeting(board.sixteenth, STAMP, out);
        Calendar calendar = parse(out.toByteArray());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals("cpib-16@cpib-board-manager", value(event, Property.UID));
        assertEquals("CPIB 16th meeting", value(event, Property.SUMMARY));
        assertEquals("Scottish Enterprise, Apex House, 99 Haymarket Terrace, Edinburgh EH12 5HD", value(event, Property.LOCATION));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        Temporal start = event.getDateTimeStart().getDate();
        assertEquals(ZonedDateTime.of(2019, 2, 28, 14, 0, 0, 0, ZoneId.of("Europe/London")).toInstant(), ZonedDateTime.from(start).toInstant());
        assertTrue(event.getProperty(Property.DTSTART).get().getParameter("TZID").isPresent());
        String description = value(event, Property.DESCRIPTION);
        assertTrue(description.indexOf("1. Welcome and Introduction") < description.indexOf("4. CPIB Engagement Strategy"), description);
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertEquals("Europe/London", zones.get(0).getTimeZoneId().getValue());
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.contains("DTSTART;TZID=Europe/London:20190228T140000"), text);
        assertTrue(text.contains("DTEND;TZID=Europe/London:20190228T160000"), text);
    }

    @Test
    void boardFeedHasEveryMeetingWithItsOwnStableUid() throws IOException, ParserException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        exporter.feed("Community Planning Improvement Board", List.of(board.fifteenth, board.sixteenth), STAMP, first);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        exporter.feed("Community Planning Improvement Board", List.of(board.fifteenth, board.sixteenth), STAMP, again);
        List<VEvent> events = parse(first.toByteArray()).getComponents("VEVENT");
        assertEquals(List.of("cpib-15@cpib-board-manager", "cpib-16@cpib-board-manager"),
                events.stream().map(e -> value(e, Property.UID)).toList());
        assertEquals(first.toString(StandardCharsets.UTF_8), again.toString(StandardCharsets.UTF_8));
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }
}
