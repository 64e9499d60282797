package scot.cpib.reporting.paper;

/** An uploaded file that cannot be made into pages of the pack, and why; the upload page says so at the field. */
public class UnreadablePaper extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file was refused. */
    public enum Reason {
        /** Broken, truncated or not the format its name says. */
        UNREADABLE,
        /** Opens, but no text could be found in it (a scan saved as Word, say). */
        NO_TEXT,
        /** A PDF that needs a password to open. */
        PROTECTED,
        /** A PDF holding active content that could not be removed. */
        UNSAFE,
        /** More pages than a paper may have. */
        TOO_MANY_PAGES
    }

    private final Reason reason;
    private final int pages;

    public UnreadablePaper(Reason reason, String detail, Throwable cause) {
        this(reason, detail, cause, 0);
    }

    private UnreadablePaper(Reason reason, String detail, Throwable cause, int pages) {
        super(detail, cause);
        this.reason = reason;
        this.pages = pages;
    }

    public static UnreadablePaper tooManyPages(int pages) {
        return new UnreadablePaper(Reason.TOO_MANY_PAGES, pages + " pages", null, pages);
    }

    public Reason reason() {
        return reason;
    }

    /** The page count of a paper refused for {@link Reason#TOO_MANY_PAGES}. */
    public int pages() {
        return pages;
    }
}
