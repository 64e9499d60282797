package scot.cpib.shared.domain;

/** A record asked for by id or reference does not exist (or is hidden from the caller): shown as a 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super(what + " " + key + " not found");
    }
}
