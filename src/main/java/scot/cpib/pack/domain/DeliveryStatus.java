package scot.cpib.pack.domain;

/** What happened to a recipient's e-mail: not yet sent, sent, failed, or no mail server configured. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED, NOT_CONFIGURED
}
