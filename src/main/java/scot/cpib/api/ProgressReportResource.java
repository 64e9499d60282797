package scot.cpib.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import scot.cpib.api.error.BadParameterException;
import scot.cpib.api.model.ErrorDto;

/**
 * A work programme's progress report for a reporting period, as PDF or Excel (signed-in roles only:
 * it lists the linked actions, which the public does not see).
 */
@Path("workprogrammes")
@Tag(name = "Documents", description = "Minutes, agenda packs, action logs and calendars as files")
@RequestScoped
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@APIResponse(responseCode = "401", description = "No or wrong credentials (with a WWW-Authenticate challenge)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
@APIResponse(responseCode = "404", description = "No such programme or period, or hidden from the caller",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
public class ProgressReportResource {

    @Inject
    private ProgressReportFiles files;

    @Inject
    private Callers callers;

    @GET
    @Path("{id}/progress-report.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The progress report as a tagged PDF",
            description = "A summary of every workstream with its status in words, then per workstream the update for the"
                    + " period (or \"No update provided\"), activities, overdue/open/complete actions and the status over"
                    + " time as a chart and a table. The latest period unless one is named.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = Downloads.PDF))
    public Response pdf(@Parameter(description = "The programme version's id") @PathParam("id") long id,
                        @Parameter(description = "A reporting period's id (default: the latest)", schema = @Schema(type = SchemaType.INTEGER))
                        @QueryParam("period") String period) {
        Long periodId = period(id, period, "pdf");
        return Downloads.named(Downloads.PDF, "-progress-report.pdf", out -> files.pdf(id, periodId, out));
    }

    @GET
    @Path("{id}/progress-report.xlsx")
    @Produces({Downloads.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The progress report as an Excel workbook",
            description = "The same facts as the PDF on five sheets: Summary, Updates, Activities, Actions, RAG history.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = Downloads.XLSX))
    public Response xlsx(@Parameter(description = "The programme version's id") @PathParam("id") long id,
                         @Parameter(description = "A reporting period's id (default: the latest)", schema = @Schema(type = SchemaType.INTEGER))
                         @QueryParam("period") String period) {
        Long periodId = period(id, period, "xlsx");
        return Downloads.named(Downloads.XLSX, "-progress-report.xlsx", out -> files.xlsx(id, periodId, out));
    }

    /** The period asked for (null: the latest), once the caller may read reports at all. */
    private Long period(long id, String period, String extension) {
        callers.requireBoardReader("workprogrammes/" + id + "/progress-report." + extension);
        Long periodId = null;
        if (period != null && !period.isBlank()) {
            try {
                periodId = Long.valueOf(period.strip());
            } catch (NumberFormatException e) {
                throw new BadParameterException("period", "api.param.number", period);
            }
        }
        return periodId;
    }
}
