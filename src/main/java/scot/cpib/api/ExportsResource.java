package scot.cpib.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
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
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.PageRequest;
import scot.cpib.api.model.ErrorDto;
import scot.cpib.board.application.Owners;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.reporting.application.ActionLogExporter;
import scot.cpib.reporting.application.CalendarExporter;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.infrastructure.DataChanges;

/** The action log (Excel, CSV) with the register's filters, and the board's calendar feed. */
@Path("")
@Tag(name = "Documents", description = "Minutes, agenda packs, action logs and calendars as files")
@RequestScoped
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
public class ExportsResource {

    /** How long a kept action log file is served at most (as VersionedCache's reads). */
    private static final long KEPT_AT_MOST_MILLIS = 10 * 60 * 1000L;

    @Inject
    private BoardClock clock;

    @Inject
    private ActionListing listing;

    @Inject
    private Owners owners;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private Callers callers;

    @Inject
    private ActionLogExporter exporter;

    @Inject
    private CalendarExporter calendar;

    @GET
    @Path("actions.xlsx")
    @Produces({Downloads.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The action log as an Excel workbook (signed-in roles only)",
            description = "Every action matching the same filters and sort as GET /actions, without paging; overdue"
                    + " as at today in Europe/London.")
    @APIResponse(responseCode = "200", description = "The action log", content = @Content(mediaType = Downloads.XLSX))
    @APIResponse(responseCode = "400", description = "A parameter the API cannot use; the answer names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "401", description = "No or wrong credentials (with a WWW-Authenticate challenge)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
    public Response actionsXlsx(@Context UriInfo uri) {
        callers.requireBoardReader("actions.xlsx");
        LocalDate today = clock.today();
        return actionLog(Downloads.XLSX, "cpib-actions-" + today + ".xlsx", ActionFilterParams.of(uri), today,
                (rows, out) -> exporter.xlsxRows(rows, today, out));
    }

    @GET
    @Path("actions.csv")
    @Produces({Downloads.CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "The action log as CSV (signed-in roles only)",
            description = "The same rows as actions.xlsx: RFC 4180, UTF-8 with a byte-order mark.")
    @APIResponse(responseCode = "200", description = "The action log", content = @Content(mediaType = Downloads.CSV))
    @APIResponse(responseCode = "400", description = "A parameter the API cannot use; the answer names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "401", description = "No or wrong credentials (with a WWW-Authenticate challenge)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
    public Response actionsCsv(@Context UriInfo uri) {
        callers.requireBoardReader("actions.csv");
        LocalDate today = clock.today();
        return actionLog(Downloads.CSV, "cpib-actions-" + today + ".csv", ActionFilterParams.of(uri), today,
                exporter::csvRows);
    }

    @GET
    @Path("calendar.ics")
    @Produces({Downloads.ICS, MediaType.APPLICATION_JSON})
    @Operation(summary = "The board's meetings as a subscribable calendar feed",
            description = "Every meeting the caller may see: board roles get all of them, anonymous callers the"
                    + " published ones. Subscribe with webcal:// or https://; answers may be cached for five minutes.")
    @APIResponse(responseCode = "200", description = "The calendar feed", content = @Content(mediaType = Downloads.ICS))
    public Response calendarFeed() {
        List<Meeting> visible = meetings.visibleMeetingsWithAgendas();
        Response file = Downloads.attachment(Downloads.ICS, "cpib-meetings.ics",
                out -> calendar.feed(ApiMessages.text("api.calendar.name"), visible, Downloads.calendarStamp(visible), out));
        CacheControl fewMinutes = new CacheControl();
        fewMinutes.setPrivate(true);
        fewMinutes.setMaxAge(300);
        return Response.fromResponse(file).cacheControl(fewMinutes).build();
    }

    /**
     * The action log: the register's query exactly as GET /actions builds it and sorts it, without
     * paging, in one query, made into the log's rows while its persistence context is open
     * ({@link ActionListing}), then written. The file is kept (as a live preview is) under the filters,
     * the day and the {@link DataChanges data version} read before the rows, so the same log is
     * written once until something changes (issue 13: 2,400 rows took about 200 ms each time).
     */
    private Response actionLog(String type, String fileName, ActionFilterParams filters, LocalDate today, LogFormat format) {
        ActionCriteria criteria = filters.criteria(key -> owners.find(key).isPresent());
        PageRequest order = filters.page(null, null);
        Downloads.Writer writer = out -> format.write(listing.logRows(criteria, order, today), out);
        return DataChanges.current()
                .map(version -> Downloads.preview(type, fileName, new LogKey(type, criteria, order, today, version,
                        System.currentTimeMillis() / KEPT_AT_MOST_MILLIS), writer))
                .orElseGet(() -> Downloads.attachment(type, fileName, writer));
    }

    /** Writes the log's rows in one format. */
    @FunctionalInterface
    private interface LogFormat {
        void write(List<List<String>> rows, OutputStream out) throws IOException;
    }

    /** The version, and the ten minutes a kept file is served at most (as VersionedCache's reads). */
    private record LogKey(String type, ActionCriteria criteria, PageRequest order, LocalDate today, DataChanges.Version version,
                          long tenMinutes) {
    }
}
