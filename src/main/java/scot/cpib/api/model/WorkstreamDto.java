package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One workstream with its activities, leads, resources, progress updates (oldest period first) and,
 * for signed-in board roles only, the agreed actions linked to it ({@code actions} is left out for
 * the public, as the action register is).
 */
@JsonbPropertyOrder({"id", "programmeId", "programmeVersion", "number", "title", "aim", "status", "leads",
    "activities", "resources", "updates", "actions"})
@Schema(name = "Workstream")
public record WorkstreamDto(long id, long programmeId, int programmeVersion, int number, String title, String aim,
                            @Schema(enumeration = {"ACTIVE", "COMPLETE", "RETIRED"}) String status,
                            List<OwnerDto> leads, List<ActivityDto> activities, List<ResourceDto> resources,
                            List<ProgressUpdateDto> updates, List<ActionDto> actions) {
}
