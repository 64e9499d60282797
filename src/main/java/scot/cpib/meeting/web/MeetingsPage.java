package scot.cpib.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.Meeting;

/** The list of meetings the caller may see, newest first. */
@Named
@RequestScoped
public class MeetingsPage {

    @Inject
    private MeetingQueries meetings;

    private List<Meeting> visible;

    public List<Meeting> getMeetings() {
        if (visible == null) {
            visible = meetings.visibleMeetings();
        }
        return visible;
    }
}
