package scot.cpib.shared.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one way a page answers "not found": the friendly 404 page, for a record that does not exist,
 * is hidden from the caller, or whose id in the address is missing or malformed.
 */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    /** Answers the current request with the 404 page and stops rendering this one. */
    public static void send() {
        send(FacesContext.getCurrentInstance());
    }

    public static void send(FacesContext faces) {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
