package scot.cpib.shared.application;

import java.time.LocalDate;

/**
 * Filters for browsing the audit trail; every part is optional (null or blank means "any").
 *
 * @param entityType the kind of record, e.g. "AgreedAction"
 * @param username   who made the change
 * @param from       on or after this day (UK time)
 * @param to         on or before this day (UK time)
 * @param text       words in the summary, field or operation
 */
public record AuditSearch(String entityType, String username, LocalDate from, LocalDate to, String text) {

    public static AuditSearch all() {
        return new AuditSearch(null, null, null, null, null);
    }
}
