package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Workstream;

/** A workstream in its programme's list: number, title, leads and the status of its latest update. */
@JsonbPropertyOrder({"id", "number", "title", "status", "leads", "latestRag", "latestPeriod", "latestUpdateOn"})
@Schema(name = "WorkstreamSummary")
public record WorkstreamSummaryDto(long id, int number, String title,
                                   @Schema(enumeration = {"ACTIVE", "COMPLETE", "RETIRED"}) String status,
                                   List<OwnerDto> leads,
                                   @Schema(enumeration = {"RED", "AMBER", "GREEN", "NO_UPDATE", "NOT_RATED"}) String latestRag,
                                   String latestPeriod, LocalDate latestUpdateOn) {

    public static WorkstreamSummaryDto of(Workstream ws) {
        ProgressUpdate latest = ws.latestUpdate().orElse(null);
        return new WorkstreamSummaryDto(ws.getId(), ws.getNumber(), ws.getTitle(), ws.getStatus().name(),
                ws.getLeadRefs().stream().map(OwnerDto::of).toList(),
                latest == null ? null : latest.getRag().name(), latest == null ? null : latest.getPeriod().getTitle(),
                latest == null ? null : latest.getSubmittedAt().toLocalDate());
    }
}
