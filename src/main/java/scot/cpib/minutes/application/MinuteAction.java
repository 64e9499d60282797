package scot.cpib.minutes.application;

import java.io.Serializable;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.shared.domain.PartialDate;

/**
 * An action as the minute's table under its item shows it, read as a query's columns: reference (with
 * the legacy one), description, owners labelled and joined as {@code AgreedAction.getOwnerLabel()} joins
 * them, due date and status.
 */
public record MinuteAction(long id, String displayReference, String description, String ownerLabel, PartialDate due,
        ActionStatus status) implements Serializable {
}
