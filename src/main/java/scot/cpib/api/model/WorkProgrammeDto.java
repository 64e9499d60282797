package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.workprogramme.domain.WorkProgramme;

/**
 * A version of a board's work programme: status, period, approval, its reporting periods (latest
 * first) and, for one programme, its workstreams ({@code workstreams} is left out of lists).
 */
@JsonbPropertyOrder({"id", "board", "versionNumber", "title", "status", "periodStart", "periodEnd", "previousId",
    "presentedAtMeeting", "approvedAtMeeting", "approvedOn", "reportingPeriods", "workstreams"})
@Schema(name = "WorkProgramme")
public record WorkProgrammeDto(long id, @Schema(example = "CPIB") String board, int versionNumber, String title,
                               @Schema(enumeration = {"DRAFT", "CURRENT", "SUPERSEDED"}) String status,
                               LocalDate periodStart, LocalDate periodEnd, Long previousId,
                               Integer presentedAtMeeting, Integer approvedAtMeeting, LocalDate approvedOn,
                               List<ReportingPeriodDto> reportingPeriods, List<WorkstreamSummaryDto> workstreams) {

    public static WorkProgrammeDto of(WorkProgramme p, List<ReportingPeriodDto> periods, List<WorkstreamSummaryDto> workstreams) {
        return new WorkProgrammeDto(p.getId(), p.getBoard().getShortName(), p.getVersionNumber(), p.getTitle(),
                p.getStatus().name(), p.getPeriodStart(), p.getPeriodEnd(),
                p.getPrevious() == null ? null : p.getPrevious().getId(),
                p.getPresentedAt() == null ? null : p.getPresentedAt().getNumber(),
                p.getApprovedAt() == null ? null : p.getApprovedAt().getNumber(), p.getApprovedOn(), periods, workstreams);
    }
}
