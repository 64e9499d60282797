package scot.cpib.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import scot.cpib.api.model.ErrorDto;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.application.PaperStore;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.SafeHtml;

/**
 * Downloads a paper: the uploaded file, or a paper written in the app as HTML. A paper of a meeting
 * the caller may not see, or a confidential paper for anyone but the secretariat, is not found.
 */
@Path("papers")
@Tag(name = "Papers", description = "Paper downloads")
@RequestScoped
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
public class PapersResource {

    @Inject
    private MeetingQueries meetings;

    @Inject
    private PaperStore papers;

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a paper", description = "The file as uploaded (with its file name), or the"
            + " HTML of a paper written in the app.")
    @APIResponse(responseCode = "200", description = "The paper's content")
    @APIResponse(responseCode = "404", description = "No such paper, or hidden from the caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
    public Response download(@Parameter(description = "The paper's id (from a meeting's agenda)") @PathParam("id") long id) {
        Paper paper = papers.readable(id, meetings).orElseThrow(() -> new NotFoundException("Paper", id));
        if (paper.isUploaded()) {
            PaperStore.Download file = papers.download(id, meetings)
                    .orElseThrow(() -> new NotFoundException("Paper content", id));
            String type = file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType();
            return Response.ok(file.data(), type)
                    .header("Content-Disposition", "attachment; filename*=UTF-8''"
                            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                    .build();
        }
        if (paper.getBodyHtml() == null) {
            throw new NotFoundException("Paper content", id);
        }
        return Response.ok(SafeHtml.clean(paper.getBodyHtml()), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .build();
    }
}
