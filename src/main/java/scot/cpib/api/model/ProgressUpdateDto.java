package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.workprogramme.domain.ProgressUpdate;

/** A lead's progress update on a workstream; {@code rag} NO_UPDATE records that none was provided. */
@JsonbPropertyOrder({"id", "periodId", "period", "rag", "ragReason", "achievements", "differenceMade", "risksAndIssues",
    "nextSteps", "submittedBy", "submittedAt"})
@Schema(name = "ProgressUpdate")
public record ProgressUpdateDto(long id, long periodId, String period,
                                @Schema(enumeration = {"RED", "AMBER", "GREEN", "NO_UPDATE", "NOT_RATED"}) String rag,
                                String ragReason, String achievements, String differenceMade, String risksAndIssues,
                                String nextSteps, String submittedBy,
                                @Schema(description = "UTC") LocalDateTime submittedAt) {

    public static ProgressUpdateDto of(ProgressUpdate u) {
        return new ProgressUpdateDto(u.getId(), u.getPeriod().getId(), u.getPeriod().getTitle(), u.getRag().name(),
                u.getRagReason(), u.getAchievements(), u.getDifferenceMade(), u.getRisksAndIssues(), u.getNextSteps(),
                u.getSubmittedBy(), u.getSubmittedAt());
    }
}
