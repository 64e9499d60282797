package scot.cpib.engagement.application;

import java.time.LocalDate;

/**
 * Which engagements to list: from and to (days, both included, either open; a month-only engagement
 * counts when its month overlaps), one stakeholder group, one core message, and whether records marked
 * as sample data are included.
 */
public record LogFilter(LocalDate from, LocalDate to, Long groupId, Long messageId, boolean includeSample) {

    public static LogFilter all() {
        return new LogFilter(null, null, null, null, true);
    }
}
