package scot.cpib.meeting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import scot.cpib.meeting.application.MeetingDetails;
import scot.cpib.meeting.application.MeetingPlanning;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * Plans the next meeting from a previous one ({@code ?from=}, by default the latest) or edits an
 * existing meeting's date, times and venue ({@code ?id=}), with optimistic locking.
 */
@Named
@ViewScoped
public class MeetingEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private MeetingPlanning planning;

    @Inject
    private PageMessages messages;

    @Inject
    private FacesContext faces;

    private Long id;
    private Long from;
    private long version;
    private String heading;
    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private String venueName;
    private String venueAddress;
    private MeetingDetails theirs;

    public void load() {
        if (id != null) {
            Optional<Meeting> meeting = meetings.findVisible(id);
            if (meeting.isEmpty()) {
                NotFoundPage.send(faces);
                return;
            }
            Meeting m = meeting.get();
            version = m.getVersion();
            heading = PageMessages.text("edit.heading.edit", m.getOrdinal());
            fill(MeetingDetails.of(m));
            return;
        }
        Optional<Meeting> previous = from == null ? meetings.latestMeeting() : meetings.findVisible(from);
        if (previous.isEmpty()) {
            NotFoundPage.send(faces);
            return;
        }
        Meeting p = previous.get();
        from = p.getId();
        heading = PageMessages.text("edit.heading.plan", Meeting.ordinalOf(p.getNumber() + 1), p.getOrdinal(),
                scot.cpib.shared.web.Formats.date(p.getDate()));
        fill(new MeetingDetails(null, p.getStartTime(), p.getEndTime(), p.getVenueName(), p.getVenueAddress()));
    }

    private void fill(MeetingDetails details) {
        date = details.date();
        startTime = details.startTime();
        endTime = details.endTime();
        venueName = details.venueName();
        venueAddress = details.venueAddress();
    }

    public String save() {
        MeetingDetails details = new MeetingDetails(date, startTime, endTime, venueName, venueAddress);
        try {
            Long saved;
            if (id == null) {
                saved = planning.planNext(from, details);
                messages.info("edit.planned");
            } else {
                planning.updateDetails(id, version, details);
                saved = id;
                messages.info("edit.saved");
            }
            return "/meetings/view?faces-redirect=true&id=" + saved;
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(MeetingDetails.class);
            version = meetings.findVisible(id).map(Meeting::getVersion).orElse(version);
            messages.conflict(null);
            return null;
        } catch (DomainException e) {
            messages.error(e, "meeting");
            return null;
        }
    }

    public boolean isPlanning() {
        return id == null;
    }

    public String getHeading() {
        return heading;
    }

    public MeetingDetails getTheirs() {
        return theirs;
    }

    public Long getCancelTarget() {
        return id == null ? from : id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }
}
