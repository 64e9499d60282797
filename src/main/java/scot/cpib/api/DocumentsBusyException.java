package scot.cpib.api;

/** Every slot for making documents stayed taken for as long as a caller may wait: answered 503 with Retry-After. */
public class DocumentsBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int retryAfterSeconds;

    public DocumentsBusyException(int retryAfterSeconds) {
        super("document renders busy");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
