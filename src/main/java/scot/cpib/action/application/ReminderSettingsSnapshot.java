package scot.cpib.action.application;

import java.io.Serializable;
import scot.cpib.action.domain.ReminderSettings;

/** The reminder schedule as saved, shown beside the secretariat's own when someone else saved first. */
public record ReminderSettingsSnapshot(boolean enabled, int dayOfWeek, int sendHour, int leadDays) implements Serializable {

    static ReminderSettingsSnapshot of(ReminderSettings s) {
        return new ReminderSettingsSnapshot(s.isEnabled(), s.getDayOfWeek(), s.getSendHour(), s.getLeadDays());
    }
}
