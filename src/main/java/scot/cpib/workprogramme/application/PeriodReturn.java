package scot.cpib.workprogramme.application;

import java.util.List;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.UpdateReminder;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * One workstream's return for a reporting period: the update that counts (the latest given for the
 * period, or null), its state, and the reminders sent to its leads for the period, oldest first.
 */
public record PeriodReturn(Workstream workstream, ProgressUpdate update, ReturnState state,
                           List<UpdateReminder> reminders) {

    public boolean isMissing() {
        return state == ReturnState.MISSING;
    }

    public ReturnState getState() {
        return state;
    }

    public Workstream getWorkstream() {
        return workstream;
    }

    public ProgressUpdate getUpdate() {
        return update;
    }

    public List<UpdateReminder> getReminders() {
        return reminders;
    }
}
