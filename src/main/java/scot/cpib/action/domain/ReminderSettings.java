package scot.cpib.action.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * The secretariat's schedule for the weekly digest to action owners: whether it runs, on which day
 * and from which hour (Europe/London), and how many days ahead "due soon" reaches. One row.
 */
@Entity
@Table(name = "action_reminder_setting")
public class ReminderSettings extends VersionedEntity {

    public static final long THE_ONE = 1L;
    public static final int LEAD_DAYS_MAX = 90;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "send_hour", nullable = false)
    private int sendHour;

    @Column(name = "lead_days", nullable = false)
    private int leadDays;

    protected ReminderSettings() {
    }

    /** Changes the schedule; the day is 1 (Monday) to 7, the hour 0 to 23, the lead time 0 to 90 days. */
    public void change(boolean newEnabled, int newDayOfWeek, int newSendHour, Integer newLeadDays) {
        if (newDayOfWeek < 1 || newDayOfWeek > 7) {
            throw new DomainException("reminders.settings.day.invalid", "day");
        }
        if (newSendHour < 0 || newSendHour > 23) {
            throw new DomainException("reminders.settings.hour.invalid", "hour");
        }
        if (newLeadDays == null) {
            throw new DomainException("reminders.settings.leadDays.required", "leadDays");
        }
        if (newLeadDays < 0 || newLeadDays > LEAD_DAYS_MAX) {
            throw new DomainException("reminders.settings.leadDays.range", "leadDays", LEAD_DAYS_MAX);
        }
        this.enabled = newEnabled;
        this.dayOfWeek = newDayOfWeek;
        this.sendHour = newSendHour;
        this.leadDays = newLeadDays;
    }

    /**
     * Whether this week's digest is due at this local time: switched on, and the configured day and
     * hour of this week reached (a server that was down then catches up later in the same week).
     */
    public boolean isDueAt(LocalDateTime localNow) {
        int today = localNow.getDayOfWeek().getValue();
        return enabled && (today > dayOfWeek || today == dayOfWeek && localNow.getHour() >= sendHour);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getDayOfWeek() {
        return dayOfWeek;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(dayOfWeek);
    }

    public int getSendHour() {
        return sendHour;
    }

    public int getLeadDays() {
        return leadDays;
    }
}
