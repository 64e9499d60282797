package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.workprogramme.domain.Activity;

/** An activity of a workstream; {@code target} is its label ("28 March 2019", "Mar 2019", "Q2 2019"). */
@JsonbPropertyOrder({"id", "reference", "description", "owners", "target", "targetPrecision", "status", "overdue"})
@Schema(name = "Activity")
public record ActivityDto(long id, @Schema(example = "1.3") String reference, String description, List<OwnerDto> owners,
                          @Schema(example = "Q2 2019") String target,
                          @Schema(enumeration = {"DAY", "MONTH", "QUARTER"}) String targetPrecision,
                          @Schema(enumeration = {"PLANNED", "IN_PROGRESS", "COMPLETE", "DROPPED"}) String status,
                          boolean overdue) {

    /** The activity with its owners, as read apart from it (one query for every activity of a workstream). */
    public static ActivityDto of(Activity a, List<OwnerRef> owners, LocalDate today) {
        return new ActivityDto(a.getId(), a.getReference(), a.getDescription(), owners.stream().map(OwnerDto::of).toList(),
                a.getTarget() == null ? null : a.getTarget().getLabel(),
                a.getTarget() == null ? null : a.getTarget().getPrecision().name(), a.getStatus().name(), a.isOverdueOn(today));
    }
}
