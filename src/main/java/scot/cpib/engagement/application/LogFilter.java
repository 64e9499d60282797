package scot.cpib.engagement.application;

import java.time.LocalDate;

/**
 * Which engagements to list: from and to (days, both included, either open), one stakeholder group,
 * and whether records marked as sample data are included.
 */
public record LogFilter(LocalDate from, LocalDate to, Long groupId, boolean includeSample) {

    public static LogFilter all() {
        return new LogFilter(null, null, null, true);
    }
}
