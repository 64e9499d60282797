package scot.cpib.action.application;

import java.time.LocalDate;
import java.util.Set;
import scot.cpib.action.domain.ActionStatus;

/**
 * The action register's filters; every part is optional (null or empty means "any").
 *
 * @param statuses      any of these statuses
 * @param owners        owned by any of these (a person, organisation or group)
 * @param dueFrom       due on or after (the first day of a month-precision due date counts)
 * @param dueTo         due on or before
 * @param meetingNumber agreed at this meeting (by its number, e.g. 15)
 * @param overdueOnly   only outstanding actions past their due day or month
 * @param text          words in the description or reference
 */
public record ActionCriteria(Set<ActionStatus> statuses, OwnerFilter owners, LocalDate dueFrom, LocalDate dueTo,
                             Integer meetingNumber, boolean overdueOnly, String text) {

    public static ActionCriteria all() {
        return new ActionCriteria(Set.of(), OwnerFilter.ANY, null, null, null, false, null);
    }

    public ActionCriteria withOwners(OwnerFilter newOwners) {
        return new ActionCriteria(statuses, newOwners, dueFrom, dueTo, meetingNumber, overdueOnly, text);
    }

    public ActionCriteria withStatuses(Set<ActionStatus> newStatuses) {
        return new ActionCriteria(newStatuses, owners, dueFrom, dueTo, meetingNumber, overdueOnly, text);
    }

    public ActionCriteria overdue() {
        return new ActionCriteria(statuses, owners, dueFrom, dueTo, meetingNumber, true, text);
    }
}
