package scot.cpib.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.PageRequest;

/**
 * The register's filter and sort parameters, written once for GET /actions and its exports
 * (actions.xlsx, actions.csv) as a {@code @BeanParam}; the OpenAPI document reads them from here.
 */
public class ActionFilterParams {

    @Parameter(description = "Status; repeat the parameter or separate with commas",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    enumeration = {"OPEN", "IN_PROGRESS", "COMPLETE", "SUPERSEDED", "COVERED_ELSEWHERE"}))
    @QueryParam("status")
    private List<String> status;

    @Parameter(description = "Owner key: person:12, organisation:3 or group:2", example = "group:2")
    @QueryParam("owner")
    private String owner;

    @Parameter(description = "true: only outstanding actions past their due day or month",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @QueryParam("overdue")
    private String overdue;

    @Parameter(description = "Agreed at the meeting with this number", example = "15",
            schema = @Schema(type = SchemaType.INTEGER))
    @QueryParam("meeting")
    private String meeting;

    @Parameter(description = "Due on or after this ISO date (a month counts from its first day)",
            example = "2019-01-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("dueFrom")
    private String dueFrom;

    @Parameter(description = "Due on or before this ISO date", example = "2019-02-28",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("dueTo")
    private String dueTo;

    @Parameter(description = "Words in the description or reference")
    @QueryParam("q")
    private String text;

    @Parameter(description = "Sort column", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"due", "meeting", "status", "reference"}, defaultValue = "due"))
    @QueryParam("sort")
    private String sort;

    @Parameter(description = "Sort direction", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"asc", "desc"}, defaultValue = "asc"))
    @QueryParam("order")
    private String order;

    public ActionFilterParams() {
    }

    /** For tests and callers that build the parameters in code. */
    public ActionFilterParams(List<String> status, String owner, String overdue, String meeting, String dueFrom,
                              String dueTo, String text, String sort, String order) {
        this.status = status;
        this.owner = owner;
        this.overdue = overdue;
        this.meeting = meeting;
        this.dueFrom = dueFrom;
        this.dueTo = dueTo;
        this.text = text;
        this.sort = sort;
        this.order = order;
    }

    /** The register's criteria; an owner key is checked with {@code ownerExists} before it filters. */
    public ActionCriteria criteria(Predicate<String> ownerExists) {
        return ActionQuery.criteria(status, owner, overdue, meeting, dueFrom, dueTo, text, ownerExists);
    }

    /** The given page (null: the first, of the default size) in this sort order. */
    public PageRequest page(String page, String size) {
        return ActionQuery.page(page, size, sort, order);
    }
}
