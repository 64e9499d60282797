package scot.cpib.workprogramme.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Rag;

/** A progress update as saved now, shown beside the person's own text after a conflicting save. */
public record UpdateSnapshot(Rag rag, String ragReason, String achievements, String differenceMade,
                             String risksAndIssues, String nextSteps, String submittedBy, LocalDateTime submittedAt)
        implements Serializable {

    public static UpdateSnapshot of(ProgressUpdate update) {
        return new UpdateSnapshot(update.getRag(), update.getRagReason(), update.getAchievements(),
                update.getDifferenceMade(), update.getRisksAndIssues(), update.getNextSteps(),
                update.getSubmittedBy(), update.getSubmittedAt());
    }
}
