package scot.cpib.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.application.ReportComments;
import scot.cpib.annualreport.application.ReportDocuments;
import scot.cpib.annualreport.application.ReportPublication;
import scot.cpib.annualreport.application.ReportReviews;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.ReviewRound;
import scot.cpib.api.model.AnnualReportDto;
import scot.cpib.api.model.AnnualReportSummaryDto;
import scot.cpib.api.model.ErrorDto;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.domain.NotFoundException;

/**
 * The annual collective messaging report: the board's members see every report with its review (each member's
 * decision and the comments); the public sees published reports only, without review, and their PDF.
 */
@Path("annual-reports")
@Tag(name = "Annual reports", description = "The annual collective messaging report: drafts and review for board members, published reports for everyone")
@RequestScoped
@APIResponse(responseCode = "404", description = "No such report, or hidden from the caller (a draft from the public)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
public class AnnualReportsResource {

    @Inject
    private AnnualReports reports;

    @Inject
    private ReportReviews reviews;

    @Inject
    private ReportComments comments;

    @Inject
    private ReportPublication publication;

    @Inject
    private ReportDocuments documents;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Callers callers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Annual reports, latest period first",
            description = "Board members see every report (draft, in review, approved, published); without signing in,"
                    + " the published reports only.")
    @APIResponse(responseCode = "200", description = "The reports",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AnnualReportSummaryDto.class)))
    public List<AnnualReportSummaryDto> list() {
        List<AnnualReport> list = currentUser.isBoardReader() ? reports.list() : publication.published();
        return list.stream().map(AnnualReportSummaryDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One annual report with its sections and figures",
            description = "Each section's narrative and the figures taken from the record. Board members also get the latest"
                    + " review round, each member's decision for their organisation (read, agreed or changes requested with a"
                    + " reason) and every section's comment threads. The public gets a published report only, without review.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = AnnualReportDto.class)))
    public AnnualReportDto get(@Parameter(description = "The report's id") @PathParam("id") long id) {
        if (currentUser.isBoardReader()) {
            AnnualReport report = reports.get(id);
            Optional<ReviewRound> round = reviews.latestRound(id);
            return AnnualReportDto.of(report, round.orElse(null), round.map(reviews::reviewsOf).orElse(List.of()),
                    section -> comments.threads(section.getId()));
        }
        return AnnualReportDto.published(publication.getPublished(id));
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The report as a tagged PDF (PDF/UA)",
            description = "Title, period, approval, then each section's narrative and figures, with a bookmark per section."
                    + " A published report for anyone; any report for board members.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = Downloads.PDF))
    public Response pdf(@Parameter(description = "The report's id") @PathParam("id") long id) {
        AnnualReport report = readable(id);
        return Downloads.attachment(Downloads.PDF, fileStem(report) + ".pdf", out -> documents.pdf(report, out));
    }

    @GET
    @Path("{id}/report.docx")
    @Produces({Downloads.DOCX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The report as a Word document, for members to adapt",
            description = "The same content as the PDF. Board members only.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = Downloads.DOCX))
    @APIResponse(responseCode = "401", description = "No or wrong credentials (with a WWW-Authenticate challenge)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
    public Response docx(@Parameter(description = "The report's id") @PathParam("id") long id) {
        callers.requireBoardReader("annual-reports/" + id + "/report.docx");
        AnnualReport report = reports.get(id);
        return Downloads.attachment(Downloads.DOCX, fileStem(report) + ".docx", out -> documents.docx(report, out));
    }

    private AnnualReport readable(long id) {
        if (currentUser.isBoardReader()) {
            return reports.get(id);
        }
        return publication.findPublished(id).orElseThrow(() -> new NotFoundException("Annual report", id));
    }

    private static String fileStem(AnnualReport report) {
        return "annual-report-" + report.getPeriodStart() + "-to-" + report.getPeriodEnd();
    }
}
