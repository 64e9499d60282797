package scot.cpib.minutes.web;

import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.function.Function;
import scot.cpib.meeting.domain.Meeting;

/** Loads the page's meeting once per request; the page answers 404 (NotFoundPage) when it is missing or hidden. */
final class MeetingLoader {

    private MeetingLoader() {
    }

    /** The meeting for this request, cached in the request so every expression sees the same one. */
    static Meeting current(String key, Long id, Function<Long, Optional<Meeting>> finder) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object cached = faces.getAttributes().get(key);
        if (cached instanceof Meeting meeting) {
            return meeting;
        }
        Meeting meeting = finder.apply(id).orElse(null);
        if (meeting != null) {
            faces.getAttributes().put(key, meeting);
        }
        return meeting;
    }
}
