package scot.cpib.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.meeting.application.Interests;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.InterestDeclaration;
import scot.cpib.meeting.domain.Meeting;

/** The interests declared on each item, shown beside the item on the meeting page for the secretariat. */
@Named
@RequestScoped
public class MeetingDeclarations {

    @Inject
    private Interests interests;

    private final Map<Long, List<InterestDeclaration>> byMeeting = new HashMap<>();

    public List<InterestDeclaration> on(AgendaItem item) {
        Meeting meeting = item.getMeeting();
        return byMeeting.computeIfAbsent(meeting.getId(), m -> interests.declarationsOf(meeting)).stream()
                .filter(d -> d.getAgendaItem().equals(item)).toList();
    }
}
