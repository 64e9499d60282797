package scot.cpib.engagement.domain;

import java.time.LocalDate;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.PartialDate;

/** A span of days, both ends included, such as the period a coverage report is for. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null) {
            throw new DomainException("engagement.period.fromRequired", "from");
        }
        if (to == null) {
            throw new DomainException("engagement.period.toRequired", "to");
        }
        if (to.isBefore(from)) {
            throw new DomainException("engagement.period.order", "to");
        }
    }

    /** Whether the date falls in the period; a month-only date counts when any day of its month does. */
    public boolean includes(PartialDate date) {
        return !date.firstDay().isAfter(to) && !date.lastDay().isBefore(from);
    }
}
