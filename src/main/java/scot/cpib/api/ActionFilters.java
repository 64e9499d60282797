package scot.cpib.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and sort of GET /actions, shared by the action log downloads (which have no paging). */
public class ActionFilters {

    @Parameter(description = "Status; repeat the parameter or separate with commas",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    enumeration = {"OPEN", "IN_PROGRESS", "COMPLETE", "SUPERSEDED", "COVERED_ELSEWHERE"}))
    @QueryParam("status")
    List<String> status;

    @Parameter(description = "Owner key: person:12, organisation:3 or group:2", example = "group:2")
    @QueryParam("owner")
    String owner;

    @Parameter(description = "true: only outstanding actions past their due day or month",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @QueryParam("overdue")
    String overdue;

    @Parameter(description = "Agreed at the meeting with this number", example = "15",
            schema = @Schema(type = SchemaType.INTEGER))
    @QueryParam("meeting")
    String meeting;

    @Parameter(description = "Due on or after this ISO date (a month counts from its first day)",
            example = "2019-01-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("dueFrom")
    String dueFrom;

    @Parameter(description = "Due on or before this ISO date", example = "2019-02-28",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("dueTo")
    String dueTo;

    @Parameter(description = "Words in the description or reference")
    @QueryParam("q")
    String text;

    @Parameter(description = "Sort column", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"due", "meeting", "status", "reference"}, defaultValue = "due"))
    @QueryParam("sort")
    String sort;

    @Parameter(description = "Sort direction", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"asc", "desc"}, defaultValue = "asc"))
    @QueryParam("order")
    String order;
}
