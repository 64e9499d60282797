package scot.cpib.action.domain;

/** What became of a reminder to action owners. */
public enum ReminderOutcome {
    /** The digest is claimed for the week (this server sends it) but not yet sent. */
    CLAIMED,
    SENT,
    FAILED,
    NOT_CONFIGURED,
    /** Nobody it was for has an e-mail address. */
    NO_ADDRESS
}
