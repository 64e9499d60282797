package scot.cpib.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.api.model.ErrorDto;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.pack.application.PackAssembler;
import scot.cpib.pack.application.PackIssues;
import scot.cpib.reporting.application.AgendaPackRenderer;
import scot.cpib.reporting.application.CalendarExporter;
import scot.cpib.reporting.application.MattersArisingPaper;
import scot.cpib.reporting.application.MinuteDocxRenderer;
import scot.cpib.reporting.application.MinuteRenderer;
import scot.cpib.reporting.domain.PreviousMinute;
import scot.cpib.shared.application.BoardClock;

/**
 * A meeting's documents: minute (PDF, Word), agenda pack, matters-arising paper and calendar entry.
 * The meeting is loaded as the JSON route loads it, so who may see what is decided in one place.
 */
@Path("meetings")
@Tag(name = "Documents", description = "Minutes, agenda packs, action logs and calendars as files")
@RequestScoped
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@APIResponse(responseCode = "404", description = "No such meeting, or hidden from the caller",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
public class MeetingDocumentsResource {

    @Inject
    private BoardClock clock;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private ActionRegister register;

    @Inject
    private PackAssembler assembler;

    @Inject
    private PackIssues issues;

    @Inject
    private Callers callers;

    @Inject
    private MinuteRenderer minuteRenderer;

    @Inject
    private MinuteDocxRenderer docxRenderer;

    @Inject
    private AgendaPackRenderer packRenderer;

    @Inject
    private MattersArisingPaper mattersArising;

    @Inject
    private CalendarExporter calendar;

    @GET
    @Path("{id}/minute.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The meeting's minute as a PDF",
            description = "Attendance, every item's narrative and decisions, and the agreed actions; boxed as a draft"
                    + " until approved. The public may have the minutes of published meetings only.")
    @APIResponse(responseCode = "200", description = "The minute", content = @Content(mediaType = Downloads.PDF))
    public Response minutePdf(@Parameter(description = "The meeting's id") @PathParam("id") long id) {
        return Downloads.admitted(() -> {
            PreviousMinute minute = assembler.minuteOf(meetings.getVisible(id));
            return Downloads.attachment(Downloads.PDF, Downloads.meetingStem(minute.meeting()) + "-minute.pdf",
                    out -> minuteRenderer.pdf(minute, out));
        });
    }

    @GET
    @Path("{id}/minute.docx")
    @Produces({Downloads.DOCX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The meeting's minute as a Word document",
            description = "The same content as the PDF, with heading styles and a repeating actions table header.")
    @APIResponse(responseCode = "200", description = "The minute", content = @Content(mediaType = Downloads.DOCX))
    public Response minuteDocx(@Parameter(description = "The meeting's id") @PathParam("id") long id) {
        return Downloads.admitted(() -> {
            PreviousMinute minute = assembler.minuteOf(meetings.getVisible(id));
            return Downloads.attachment(Downloads.DOCX, Downloads.meetingStem(minute.meeting()) + "-minute.docx",
                    out -> docxRenderer.docx(minute, out));
        });
    }

    @GET
    @Path("{id}/pack.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The meeting's agenda pack as at today (signed-in roles only)",
            description = "Cover, agenda, the previous meeting's minute, matters arising (outstanding actions of"
                    + " earlier meetings) and the papers in agenda order. Confidential papers are included only for"
                    + " the secretariat and admins.")
    @APIResponse(responseCode = "200", description = "The agenda pack", content = @Content(mediaType = Downloads.PDF))
    @APIResponse(responseCode = "401", description = "No or wrong credentials (with a WWW-Authenticate challenge)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
    public Response pack(@Parameter(description = "The meeting's id") @PathParam("id") long id) {
        callers.requireBoardReader("meetings/" + id + "/pack.pdf");
        return Downloads.admitted(() -> {
            Meeting meeting = meetings.getVisible(id);
            LocalDate today = clock.today();
            boolean cleared = callers.maySeeConfidential();
            // what the pack is made from is read only when no stored preview answers for these inputs
            return Downloads.preview(Downloads.PDF, Downloads.meetingStem(meeting) + "-agenda-pack.pdf",
                    List.of("pack", id, cleared, today, assembler.changeMark()),
                    out -> packRenderer.render(assembler.live(meeting, today, cleared), out));
        });
    }

    @GET
    @Path("{id}/packs/{version}.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "An issued version of the meeting's agenda pack, exactly as issued (signed-in roles only)",
            description = "The stored PDF of that version. The secretariat and admins get the file with the confidential"
                    + " papers (when the version has any), and each such download is recorded in the audit trail;"
                    + " everyone else gets the file without them.")
    @APIResponse(responseCode = "200", description = "The issued pack", content = @Content(mediaType = Downloads.PDF))
    @APIResponse(responseCode = "401", description = "No or wrong credentials (with a WWW-Authenticate challenge)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
    public Response issuedPack(@Parameter(description = "The meeting's id") @PathParam("id") long id,
            @Parameter(description = "The pack version, from 1") @PathParam("version") int version) {
        callers.requireBoardReader("meetings/" + id + "/packs/" + version + ".pdf");
        return Downloads.admitted(() -> {
            PackIssues.Download download = issues.download(id, version);
            return Downloads.attachment(Downloads.PDF, Downloads.safe(download.fileName().replace(".pdf", "")) + ".pdf",
                    out -> out.write(download.data()));
        });
    }

    @GET
    @Path("{id}/matters-arising.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The meeting's matters-arising paper as at today (signed-in roles only)",
            description = "Every action agreed at earlier meetings that is still open or in progress, with owner, due"
                    + " date, status and latest progress.")
    @APIResponse(responseCode = "200", description = "The paper", content = @Content(mediaType = Downloads.PDF))
    @APIResponse(responseCode = "401", description = "No or wrong credentials (with a WWW-Authenticate challenge)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
    public Response mattersArising(@Parameter(description = "The meeting's id") @PathParam("id") long id) {
        callers.requireBoardReader("meetings/" + id + "/matters-arising.pdf");
        return Downloads.admitted(() -> {
            Meeting meeting = meetings.getVisible(id);
            List<AgreedAction> outstanding = register.outstandingBefore(meeting.getDate());
            LocalDate today = clock.today();
            return Downloads.attachment(Downloads.PDF, Downloads.meetingStem(meeting) + "-matters-arising.pdf",
                    out -> mattersArising.pdf(meeting, outstanding, today, out));
        });
    }

    @GET
    @Path("{id}.ics")
    @Produces({Downloads.ICS, MediaType.APPLICATION_JSON})
    @Operation(summary = "The meeting as a calendar entry (iCalendar)",
            description = "One VEVENT with the Europe/London times, venue and agenda titles. Its UID stays the same"
                    + " when the meeting moves, so a calendar updates the entry.")
    @APIResponse(responseCode = "200", description = "The calendar entry", content = @Content(mediaType = Downloads.ICS))
    public Response calendarEntry(@Parameter(description = "The meeting's id") @PathParam("id") long id) {
        Meeting meeting = meetings.getVisible(id);
        return Downloads.attachment(Downloads.ICS, Downloads.meetingStem(meeting) + ".ics",
                out -> calendar.meeting(meeting, Downloads.calendarStamp(List.of(meeting)), out));
    }
}
