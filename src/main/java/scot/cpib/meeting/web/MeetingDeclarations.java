package scot.cpib.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.meeting.application.MeetingLines;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;

/**
 * The interests declared on each item, shown beside the item on the meeting page for the secretariat:
 * the meeting's declarations as the minute labels them, read once a request in one query.
 */
@Named
@RequestScoped
public class MeetingDeclarations {

    @Inject
    private MeetingLines lines;

    private final Map<Long, Map<Long, List<String>>> byMeeting = new HashMap<>();

    /** The declarations on an item of the meeting (the page passes the meeting it has read: the item's own link would read it again). */
    public List<String> on(Meeting meeting, AgendaItem item) {
        return byMeeting.computeIfAbsent(meeting.getId(), m -> lines.declarationsOf(meeting)).getOrDefault(item.getId(), List.of());
    }
}
