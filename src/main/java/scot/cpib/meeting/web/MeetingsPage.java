package scot.cpib.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.application.RecentMeetings;
import scot.cpib.meeting.application.RecentMeetings.RecentMeeting;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;

/** The list of meetings the caller may see, newest first, and the home page's meeting panels. */
@Named
@RequestScoped
public class MeetingsPage {

    @Inject
    private BoardClock clock;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private RecentMeetings recent;

    @Inject
    private CurrentUser currentUser;

    private List<Meeting> visible;
    private Meeting next;
    private boolean nextLoaded;

    public List<Meeting> getMeetings() {
        if (visible == null) {
            visible = meetings.visibleMeetings();
        }
        return visible;
    }

    /** Secretariat and admin may plan the next meeting. */
    public boolean isCanPlan() {
        return currentUser.isSecretariat();
    }

    /** The next meeting on or after today (board readers only), or null. */
    public Meeting getNextMeeting() {
        if (!nextLoaded) {
            next = meetings.nextMeeting(clock.today()).orElse(null);
            nextLoaded = true;
        }
        return next;
    }

    /** The latest meetings other than the next one, newest first (kept while nothing changes: {@link RecentMeetings}). */
    public List<RecentMeeting> getRecentMeetings() {
        return recent.on(clock.today());
    }

    /** Meetings whose minute is published, newest first: what the public may read. */
    public List<Meeting> getPublishedMeetings() {
        return getMeetings().stream().filter(Meeting::isPublished).toList();
    }
}
