package scot.cpib.shared.application;

import scot.cpib.shared.domain.MailStatus;

/** What happened to one e-mail: its row in the mail log, its status, and the reason if not sent. */
public record MailReceipt(long logId, MailStatus status, String detail) {

    public boolean isSent() {
        return status == MailStatus.SENT;
    }
}
