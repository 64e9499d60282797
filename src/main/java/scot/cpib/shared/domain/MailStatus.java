package scot.cpib.shared.domain;

/** What became of an e-mail the application tried to send. */
public enum MailStatus {
    /** The SMTP server accepted it. */
    SENT,
    /** The SMTP server could not be reached or refused it; the log says why. */
    FAILED,
    /** No SMTP server is configured (CPIB_MAIL_HOST), so nothing was sent; the text is kept. */
    NOT_CONFIGURED
}
