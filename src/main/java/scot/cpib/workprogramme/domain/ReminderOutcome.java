package scot.cpib.workprogramme.domain;

/**
 * What became of a reminder: sent, refused by the mail server, not sent because the server has no
 * mail configuration, or not sent because none of the workstream's leads has an e-mail address.
 */
public enum ReminderOutcome {
    SENT, FAILED, NOT_CONFIGURED, NO_ADDRESS;

    public boolean isSent() {
        return this == SENT;
    }
}
