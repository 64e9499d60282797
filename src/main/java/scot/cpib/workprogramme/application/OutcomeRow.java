package scot.cpib.workprogramme.application;

import java.util.List;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * One outcome of the framework as a programme version serves it: the workstreams naming it and the
 * activities naming it (whose workstreams serve it too), and whether evidence has been recorded.
 */
public record OutcomeRow(FrameworkOutcome outcome, List<Workstream> workstreams, List<Activity> activities) {

    public boolean hasWork() {
        return !workstreams.isEmpty() || !activities.isEmpty();
    }

    public boolean hasEvidence() {
        return outcome.hasEvidence();
    }

    /* For the page: EL reads bean properties, not record accessors. */

    public FrameworkOutcome getOutcome() {
        return outcome;
    }

    public List<Workstream> getWorkstreams() {
        return workstreams;
    }

    public List<Activity> getActivities() {
        return activities;
    }

    public boolean isWork() {
        return hasWork();
    }

    public boolean isEvidence() {
        return hasEvidence();
    }
}
