package scot.cpib.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.PageRequest;
import scot.cpib.api.model.ActionDto;
import scot.cpib.api.model.ErrorDto;
import scot.cpib.api.model.PageDto;
import scot.cpib.board.application.Owners;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.NotFoundException;

/**
 * The action register: every agreed action, filtered, sorted and paged. Signed-in board roles only.
 * One instance serves every request (it keeps nothing of one): built and injected per request, it was a
 * few per cent of the CPU of GET /actions, the API's busiest route (issue 13).
 */
@Path("actions")
@Tag(name = "Actions", description = "The register of agreed actions (signed-in roles only)")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@APIResponse(responseCode = "401", description = "No or wrong credentials (with a WWW-Authenticate challenge)",
        content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class ActionsResource {

    @Inject
    private BoardClock clock;

    @Inject
    private ActionListing listing;

    @Inject
    private Owners owners;

    @Inject
    private Callers callers;


    @GET
    @Operation(summary = "Search the action register",
            description = "Every filter is optional and they combine. Owners match when any owner of the action is"
                    + " the given person, organisation or group.")
    @APIResponse(responseCode = "200", description = "One page of actions",
            content = @Content(schema = @Schema(implementation = ActionPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter the API cannot use; the answer names it",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public PageDto<ActionDto> search(
            @Context UriInfo uri,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "25", minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        callers.requireBoardReader("actions");
        ActionFilterParams filters = ActionFilterParams.of(uri);
        ActionCriteria criteria = filters.criteria(key -> owners.find(key).isPresent());
        PageRequest request = filters.page(page, size);
        return listing.page(criteria, request, clock.today());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One action with its whole progress history")
    @APIResponse(responseCode = "200", description = "The action", content = @Content(schema = @Schema(implementation = ActionDto.class)))
    @APIResponse(responseCode = "404", description = "No such action", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public ActionDto get(@Parameter(description = "The action's id") @PathParam("id") long id) {
        callers.requireBoardReader("actions/" + id);
        return listing.one(id, clock.today()).orElseThrow(() -> new NotFoundException("Action", id));
    }

    /** For the OpenAPI document: the page type with its item type spelled out. */
    @Schema(name = "ActionPage")
    static final class ActionPage {
        public List<ActionDto> items;
        public int page;
        public int size;
        public long total;
    }
}
