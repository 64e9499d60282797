package scot.cpib.api;

import jakarta.enterprise.context.RequestScoped;
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
import scot.cpib.action.application.PageRequest;
import scot.cpib.api.model.AgendaItemDto;
import scot.cpib.api.model.AttendanceDto;
import scot.cpib.api.model.ErrorDto;
import scot.cpib.api.model.MeetingDto;
import scot.cpib.api.model.MeetingSummaryDto;
import scot.cpib.api.model.PageDto;
import scot.cpib.api.model.PaperDto;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;

/** Meetings as the caller may see them: board roles see all, the public only published ones. */
@Path("meetings")
@Tag(name = "Meetings", description = "Board meetings with agenda, papers and attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
public class MeetingsResource {

    @Inject
    private MeetingQueries meetings;

    @Inject
    private Callers callers;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Meetings the caller may see, newest first",
            description = "Anonymous callers see only meetings whose minute is published; board members, leads,"
                    + " the secretariat and admins see every meeting.")
    @APIResponse(responseCode = "200", description = "One page of meetings",
            content = @Content(schema = @Schema(implementation = MeetingPage.class)))
    @APIResponse(responseCode = "400", description = "A bad page or size", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public PageDto<MeetingSummaryDto> list(
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "25", minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        PageRequest request = ActionQuery.page(page, size, null, null);
        List<Meeting> visible = meetings.visibleMeetings();
        int from = (int) Math.min((long) request.offset(), visible.size());
        int to = Math.min(from + request.size(), visible.size());
        List<MeetingSummaryDto> items = visible.subList(from, to).stream().map(MeetingSummaryDto::of).toList();
        return new PageDto<>(items, request.page(), request.size(), visible.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One meeting with its agenda and attendance",
            description = "Agenda items in order with sub-items and papers; confidential papers are listed only for"
                    + " the secretariat and admins. A meeting the caller may not see is not found.")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(schema = @Schema(implementation = MeetingDto.class)))
    @APIResponse(responseCode = "404", description = "No such meeting, or hidden from the caller",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public MeetingDto get(@Parameter(description = "The meeting's id") @PathParam("id") long id) {
        Meeting meeting = meetings.getVisible(id);
        return new MeetingDto(meeting.getId(), meeting.getNumber(), meeting.getDate(), meeting.getStartTime(),
                meeting.getEndTime(), meeting.getVenueName(), meeting.getVenueAddress(), meeting.getStatus().name(),
                meeting.getPreviousMeeting() == null ? null : meeting.getPreviousMeeting().getNumber(),
                meeting.getAgenda().stream().map(this::item).toList(), AttendanceDto.of(meeting));
    }

    private AgendaItemDto item(AgendaItem item) {
        boolean confidentialPapers = callers.maySeeConfidential();
        List<PaperDto> papers = item.getPapers().stream()
                .filter(p -> confidentialPapers || !p.isRestricted())
                .map(p -> new PaperDto(p.getId(), p.getTitle(), p.isRestricted(),
                        uri.getBaseUriBuilder().path("papers").path(Long.toString(p.getId())).build().toString()))
                .toList();
        return new AgendaItemDto(item.getId(), item.getLabel(), item.getTitle(),
                item.getPurpose() == null ? null : item.getPurpose().name(),
                item.getPresenter() == null ? null : item.getPresenter().getDisplayName(),
                item.getStandingKind() == null ? null : item.getStandingKind().name(),
                item.isConfidential(), papers, item.getSubItems().stream().map(this::item).toList());
    }

    /** For the OpenAPI document: the page type with its item type spelled out. */
    @Schema(name = "MeetingPage")
    static final class MeetingPage {
        public List<MeetingSummaryDto> items;
        public int page;
        public int size;
        public long total;
    }
}
