package scot.cpib.workprogramme.application;

import java.util.List;
import java.util.Optional;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.LeadershipQuestion;
import scot.cpib.workprogramme.domain.MinuteDecisionLink;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.domain.WorkstreamResource;

/**
 * One workstream as its page shows it, every part read by {@link WorkstreamReads} in one transaction:
 * the workstream (its version and leads with who they are), the workstreams of earlier versions it
 * continues, every update of them all (oldest period first), the version's open reporting period, its
 * questions, activities (with their owners), resources, outcomes served (by term and number), the
 * linked actions (null when the caller is not shown them) and the minuted decisions.
 */
public record WorkstreamView(Workstream workstream, List<Workstream> continues, List<ProgressUpdate> history,
        Optional<ReportingPeriod> openPeriod, List<LeadershipQuestion> questions, List<Activity> activities,
        List<WorkstreamResource> resources, List<FrameworkOutcome> outcomes, LinkedActions actions,
        List<MinuteDecisionLink> decisions) {

    /** RAG over time: for each reporting period, oldest first, the latest update of each strand of the lineage. */
    public List<ProgressUpdate> ragHistory() {
        return WorkProgrammeQueries.ragHistoryOf(history);
    }
}
