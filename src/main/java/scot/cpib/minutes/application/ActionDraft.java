package scot.cpib.minutes.application;

import java.util.List;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.shared.domain.PartialDate;

/**
 * An agreed action as the secretariat writes it into the minute.
 *
 * @param description what was agreed
 * @param ownerKeys   owners as directory keys ("person:12", "organisation:3", "group:2")
 * @param due         a day or a month, or null when the minute gives none
 * @param status      the status to record (null leaves it, or open for a new action)
 */
public record ActionDraft(String description, List<String> ownerKeys, PartialDate due, ActionStatus status) {
}
