package scot.cpib.workprogramme.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Parameters of the work programme pages: ids from the query string, and "not found" answers. */
final class Ids {

    private Ids() {
    }

    /** The id typed in the address, or null when it is missing or not a number. */
    static Long parse(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
    }

    /** Answers the request with the 404 page. */
    static void notFound(String what) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, what);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
