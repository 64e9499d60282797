package scot.cpib.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
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
import scot.cpib.api.model.ResourceDto;
import scot.cpib.workprogramme.application.VisibleProgrammes;
import scot.cpib.workprogramme.application.VisibleProgrammes.ResourceFilter;
import scot.cpib.workprogramme.domain.ResourceKind;
import scot.cpib.workprogramme.domain.Workstream;

/** The resource catalogue (Appendix 3 and since): public, searchable by text, workstream and kind. */
@Path("resources")
@Tag(name = "Work programme", description = "Work programme versions, workstreams with activities and updates, resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
public class ResourcesResource {

    static final int TEXT_MAX = 200;

    @Inject
    private VisibleProgrammes programmes;

    @GET
    @Operation(summary = "Resources of the catalogue by title, optionally filtered",
            description = "q searches title, description and provider (case-insensitive); workstream keeps the resources a"
                    + " workstream lists; kind keeps one kind. Each resource names the visible workstreams that list it.")
    @APIResponse(responseCode = "200", description = "The matching resources",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ResourceDto.class)))
    @APIResponse(responseCode = "400", description = "A bad filter", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "404", description = "The workstream does not exist or is hidden from the caller",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public List<ResourceDto> search(
            @Parameter(description = "Words to look for") @QueryParam("q") String q,
            @Parameter(description = "A workstream id", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("workstream") String workstream,
            @Parameter(description = "A kind", schema = @Schema(enumeration = {"GUIDANCE", "TOOL", "DATA", "REPORT", "PROGRAMME",
                "NETWORK", "SERVICE", "WEBSITE"})) @QueryParam("kind") String kind) {
        ResourceFilter filter = new ResourceFilter(text(q), number(workstream), kind(kind));
        return programmes.resources(filter).stream()
                .map(r -> ResourceDto.of(r, programmes.workstreamsListing(r).stream().map(Workstream::getId).toList()))
                .toList();
    }

    private static String text(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.strip().length() > TEXT_MAX) {
            throw new BadParameterException("q", "api.param.text", TEXT_MAX);
        }
        return q.strip();
    }

    private static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException("workstream", "api.param.number", value);
        }
    }

    private static ResourceKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ResourceKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("kind", "api.param.kind", value);
        }
    }
}
