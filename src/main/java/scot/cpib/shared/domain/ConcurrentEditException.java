package scot.cpib.shared.domain;

/**
 * Someone else saved the same record after it was opened for editing. Carries the version now
 * stored so the page can show both versions and keep what the second person typed.
 */
public class ConcurrentEditException extends RuntimeException {

    private final transient Object current;

    public ConcurrentEditException(Object current) {
        super("The record was changed by someone else");
        this.current = current;
    }

    public Object getCurrent() {
        return current;
    }
}
