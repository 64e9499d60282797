package scot.cpib.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import scot.cpib.api.model.ErrorDto;
import scot.cpib.api.model.ReportingPeriodDto;
import scot.cpib.api.model.WorkProgrammeDto;
import scot.cpib.workprogramme.application.VisibleProgrammes;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.WorkProgramme;

/**
 * Work programme versions as the caller may see them: board roles see every version, the public only
 * approved ones (current or superseded).
 */
@Path("workprogrammes")
@Tag(name = "Work programme", description = "Work programme versions, workstreams with activities and updates, resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
public class WorkProgrammesResource {

    @Inject
    private VisibleProgrammes programmes;

    @Inject
    private ProgrammeListing listing;

    @GET
    @Operation(summary = "Work programme versions the caller may see, newest first",
            description = "Each version with its status, period, approval and reporting periods (latest first). Anonymous"
                    + " callers see approved versions only; board roles also see drafts.")
    @APIResponse(responseCode = "200", description = "The programme versions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WorkProgrammeDto.class)))
    public List<WorkProgrammeDto> list() {
        List<WorkProgramme> visible = programmes.programmes();
        Map<Long, List<ReportingPeriod>> periods = programmes.periodsOf(visible);
        return visible.stream().map(p -> WorkProgrammeDto.of(p, periods.getOrDefault(p.getId(), List.of()).stream()
                .map(ReportingPeriodDto::of).toList(), null)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One work programme version with its workstreams",
            description = "Workstreams by number with leads and the status of their latest update. A draft is not found"
                    + " for anonymous callers.")
    @APIResponse(responseCode = "200", description = "The programme", content = @Content(schema = @Schema(implementation = WorkProgrammeDto.class)))
    @APIResponse(responseCode = "404", description = "No such programme, or hidden from the caller",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public WorkProgrammeDto get(@Parameter(description = "The programme version's id") @PathParam("id") long id) {
        return listing.programme(id);
    }
}
