package scot.cpib.action.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import scot.cpib.action.application.ActionReminders;
import scot.cpib.action.application.ReminderSettingsSnapshot;
import scot.cpib.action.application.WeeklyRun;
import scot.cpib.action.domain.ActionReminder;
import scot.cpib.action.domain.ReminderSettings;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/**
 * The secretariat's reminders page: the weekly digest's schedule and lead time, "send this week's
 * reminders now", and the latest reminders with what became of each.
 */
@Named
@ViewScoped
public class ReminderSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ActionReminders reminders;

    @Inject
    private transient PageMessages messages;

    private boolean enabled;
    private int dayOfWeek;
    private int sendHour;
    private Integer leadDays;
    private long version;
    private ReminderSettingsSnapshot theirs;
    private transient List<ActionReminder> latest;

    @PostConstruct
    void load() {
        ReminderSettings s = reminders.settings();
        enabled = s.isEnabled();
        dayOfWeek = s.getDayOfWeek();
        sendHour = s.getSendHour();
        leadDays = s.getLeadDays();
        version = s.getVersion();
    }

    public String save() {
        try {
            reminders.saveSettings(enabled, dayOfWeek, sendHour, leadDays, version);
            messages.info("reminders.settings.saved");
            return "/admin/reminders?faces-redirect=true";
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(ReminderSettingsSnapshot.class);
            version = reminders.settings().getVersion();
            messages.conflict(null);
        } catch (DomainException e) {
            messages.error(e, "settings");
        }
        return null;
    }

    public String sendNow() {
        try {
            WeeklyRun run = reminders.sendNow();
            messages.info("reminders.sent", run.sent(), run.alreadyReminded(), run.optedOut(), run.noAddress());
            return "/admin/reminders?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(e, "send");
            return null;
        }
    }

    public List<ActionReminder> getLatest() {
        if (latest == null) {
            latest = reminders.latest(50);
        }
        return latest;
    }

    public List<Integer> getDays() {
        return IntStream.rangeClosed(1, 7).boxed().toList();
    }

    public List<Integer> getHours() {
        return IntStream.rangeClosed(0, 23).boxed().toList();
    }

    public String hourLabel(int hour) {
        return String.format("%02d:00", hour);
    }

    public ReminderSettingsSnapshot getTheirs() {
        return theirs;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getDayOfWeek() {
        return dayOfWeek;
    }

    public void setDayOfWeek(int dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    public int getSendHour() {
        return sendHour;
    }

    public void setSendHour(int sendHour) {
        this.sendHour = sendHour;
    }

    public Integer getLeadDays() {
        return leadDays;
    }

    public void setLeadDays(Integer leadDays) {
        this.leadDays = leadDays;
    }
}
