package scot.cpib.meeting.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers the current page with the friendly 404 page: the record does not exist or is hidden. */
final class NotFound {

    private NotFound() {
    }

    static void send(FacesContext faces) {
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
