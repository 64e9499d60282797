package scot.cpib.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import scot.cpib.api.model.ErrorDto;
import scot.cpib.api.model.WorkstreamDto;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;

/**
 * One workstream as the caller may see it (its programme must be visible: approved, or any version
 * for board roles); the actions linked to it only for board roles, as the action register.
 */
@Path("workstreams")
@Tag(name = "Work programme", description = "Work programme versions, workstreams with activities and updates, resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
public class WorkstreamsResource {

    @Inject
    private BoardClock clock;

    @Inject
    private ProgrammeListing listing;

    @Inject
    private CurrentUser currentUser;

    @GET
    @Path("{id}")
    @Operation(summary = "One workstream with its activities, leads, resources, updates and linked actions",
            description = "Updates oldest period first (every update is kept; NO_UPDATE records that none was provided)."
                    + " Linked actions are given to board roles only; the field is left out for anonymous callers.")
    @APIResponse(responseCode = "200", description = "The workstream", content = @Content(schema = @Schema(implementation = WorkstreamDto.class)))
    @APIResponse(responseCode = "404", description = "No such workstream, or its programme is hidden from the caller",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public WorkstreamDto workstream(@Parameter(description = "The workstream's id") @PathParam("id") long id) {
        return listing.workstream(id, clock.today(), currentUser.isBoardReader());
    }
}
