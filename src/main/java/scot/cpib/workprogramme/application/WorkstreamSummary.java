package scot.cpib.workprogramme.application;

import java.time.LocalDate;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Rag;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * One row of the programme overview: the workstream, its latest update (its own or, for a workstream
 * that continues an older one, its predecessors'; null when none was ever given) and its linked
 * actions still outstanding and overdue.
 */
public record WorkstreamSummary(Workstream workstream, ProgressUpdate latestUpdate, long openActions, long overdueActions) {

    /** The latest RAG, or null when no update was ever given. */
    public Rag getRag() {
        return latestUpdate == null ? null : latestUpdate.getRag();
    }

    /** The day the latest update was given (London time), or null. */
    public LocalDate getLastUpdateDate() {
        return latestUpdate == null ? null : latestUpdate.getSubmittedAt().toLocalDate();
    }

    public Workstream getWorkstream() {
        return workstream;
    }

    public ProgressUpdate getLatestUpdate() {
        return latestUpdate;
    }

    public long getOpenActions() {
        return openActions;
    }

    public long getOverdueActions() {
        return overdueActions;
    }
}
