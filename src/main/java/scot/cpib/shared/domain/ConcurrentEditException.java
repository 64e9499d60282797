package scot.cpib.shared.domain;

/**
 * Someone else saved the same record after it was opened for editing. Carries what is stored now
 * (a snapshot of their version) so the page can show both versions and keep what the second person
 * typed; the page reads it typed, with {@link #theirs(Class)}, never by a cast.
 */
public class ConcurrentEditException extends RuntimeException {

    private final transient Object theirs;

    public ConcurrentEditException(Object theirs) {
        super("The record was changed by someone else");
        this.theirs = theirs;
    }

    /**
     * What the other person saved, as the snapshot type the page shows.
     *
     * @throws IllegalStateException when the service sent another kind of snapshot (a programming error)
     */
    public <S> S theirs(Class<S> snapshot) {
        if (theirs != null && !snapshot.isInstance(theirs)) {
            throw new IllegalStateException("The conflict carries a " + theirs.getClass().getSimpleName()
                    + ", not a " + snapshot.getSimpleName(), this);
        }
        return snapshot.cast(theirs);
    }
}
