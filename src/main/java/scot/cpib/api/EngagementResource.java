package scot.cpib.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import scot.cpib.api.error.BadParameterException;
import scot.cpib.api.model.EngagementRecordDto;
import scot.cpib.api.model.EngagementStrategyDto;
import scot.cpib.api.model.ErrorDto;
import scot.cpib.engagement.application.EngagementLog;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.application.LogFilter;

/** The engagement strategy with its matrix, and the engagement log. Signed-in board roles only. */
@Path("engagement")
@Tag(name = "Engagement", description = "The engagement strategy, its stakeholder matrix and the engagement log (signed-in roles only)")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@APIResponse(responseCode = "401", description = "No or wrong credentials (with a WWW-Authenticate challenge)",
        content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class EngagementResource {

    @Inject
    private EngagementStrategies strategies;

    @Inject
    private EngagementLog log;

    @Inject
    private Callers callers;

    @GET
    @Path("strategy")
    @Operation(summary = "The engagement strategy in force, with the matrix",
            description = "Aims, numbered core messages, one matrix row per stakeholder group (channels, delivery leads,"
                    + " the core messages it should hear) and the forward schedule.")
    @APIResponse(responseCode = "200", description = "The strategy",
            content = @Content(schema = @Schema(implementation = EngagementStrategyDto.class)))
    @APIResponse(responseCode = "404", description = "No strategy is set up",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public EngagementStrategyDto strategy() {
        callers.requireBoardReader("engagement/strategy");
        return EngagementStrategyDto.of(strategies.getCurrent());
    }

    @GET
    @Path("records")
    @Operation(summary = "The engagement log",
            description = "Engagements, latest first. A month-only engagement matches a date range its month overlaps.")
    @APIResponse(responseCode = "200", description = "The engagements",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EngagementRecordDto.class)))
    @APIResponse(responseCode = "400", description = "A parameter the API cannot use; the answer names it",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public List<EngagementRecordDto> records(
            @Parameter(description = "On or after this ISO date", example = "2019-03-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "On or before this ISO date", example = "2019-06-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Only engagements that reached this stakeholder group (its groupId in the strategy's matrix)",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("group") String group,
            @Parameter(description = "false: leave out records marked as sample data",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
            @QueryParam("sample") String sample) {
        callers.requireBoardReader("engagement/records");
        LocalDate fromDay = ActionQuery.date("from", from);
        LocalDate toDay = ActionQuery.date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new BadParameterException("from", "api.param.engagementDateOrder");
        }
        Integer groupId = ActionQuery.number("group", group);
        boolean includeSample = sample == null || sample.isBlank() || ActionQuery.bool("sample", sample);
        return log.listWithFollowUps(new LogFilter(fromDay, toDay, groupId == null ? null : groupId.longValue(), null, includeSample))
                .stream().map(EngagementRecordDto::of).toList();
    }
}
