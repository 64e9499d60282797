package scot.cpib.workprogramme.domain;

import scot.cpib.shared.domain.DomainException;

/**
 * Where an action or a minuted decision sits in the work programme: a workstream, or an activity and
 * its workstream. Both empty means not linked.
 */
public record ProgrammeLink(Workstream workstream, Activity activity) {

    /** Checks the pair: an activity must belong to the workstream given, and implies it when none is. */
    public static ProgrammeLink of(Workstream workstream, Activity activity) {
        if (activity == null) {
            return new ProgrammeLink(workstream, null);
        }
        if (workstream != null && !workstream.equals(activity.getWorkstream())) {
            throw new DomainException("workprogramme.link.activityOtherWorkstream", "activity",
                    activity.getReference(), workstream.getNumberedTitle());
        }
        return new ProgrammeLink(activity.getWorkstream(), activity);
    }
}
