package scot.cpib.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.PageRequest;

/**
 * The action register's filter and sort parameters, read once from the query string ({@link #of}) for
 * GET /actions and both action-log exports, and described once for the OpenAPI document
 * ({@link #documented()}, added by {@link OpenApiDocumentFilter}: Payara's generator fails on
 * {@code @Parameter} annotations on the fields of a bean parameter, docs/decisions.md). Not a
 * {@code @BeanParam}: Jersey built one through HK2 on every request, about a twentieth of the CPU of
 * GET /actions (issue 13).
 */
public final class ActionFilterParams {

    private final List<String> status;
    private final String owner;
    private final String overdue;
    private final String meeting;
    private final String dueFrom;
    private final String dueTo;
    private final String text;
    private final String sort;
    private final String order;

    private ActionFilterParams(MultivaluedMap<String, String> query) {
        status = query.get("status");
        owner = query.getFirst("owner");
        overdue = query.getFirst("overdue");
        meeting = query.getFirst("meeting");
        dueFrom = query.getFirst("dueFrom");
        dueTo = query.getFirst("dueTo");
        text = query.getFirst("q");
        sort = query.getFirst("sort");
        order = query.getFirst("order");
    }

    /** The parameters of the request's query string (decoded, as {@code @QueryParam} reads them). */
    public static ActionFilterParams of(UriInfo uri) {
        return new ActionFilterParams(uri.getQueryParameters());
    }

    /** The register's criteria; an owner key must name an owner that exists. */
    public ActionCriteria criteria(Predicate<String> ownerExists) {
        return ActionQuery.criteria(status, owner, overdue, meeting, dueFrom, dueTo, text, ownerExists);
    }

    /** The page asked for (null page and size: everything, in the asked order). */
    public PageRequest page(String page, String size) {
        return ActionQuery.page(page, size, sort, order);
    }

    /** The parameters as the OpenAPI document describes them, in the order the register's form shows them. */
    static List<Parameter> documented() {
        return List.of(
                query("status", "Status; repeat the parameter or separate with commas",
                        OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING).enumeration(List.of("OPEN", "IN_PROGRESS", "COMPLETE",
                                        "SUPERSEDED", "COVERED_ELSEWHERE"))), null),
                query("owner", "Owner key: person:12, organisation:3 or group:2", string(), "group:2"),
                query("overdue", "true: only outstanding actions past their due day or month",
                        OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN).defaultValue(false), null),
                query("meeting", "Agreed at the meeting with this number",
                        OASFactory.createSchema().type(Schema.SchemaType.INTEGER), "15"),
                query("dueFrom", "Due on or after this ISO date (a month counts from its first day)",
                        string().format("date"), "2019-01-01"),
                query("dueTo", "Due on or before this ISO date", string().format("date"), "2019-02-28"),
                query("q", "Words in the description or reference", string(), null),
                query("sort", "Sort column", string().enumeration(List.of("due", "meeting", "status", "reference"))
                        .defaultValue("due"), null),
                query("order", "Sort direction", string().enumeration(List.of("asc", "desc")).defaultValue("asc"), null));
    }

    /** The routes that take these parameters, by the end of their path. */
    static final List<String> ROUTES = List.of("/actions", "/actions.xlsx", "/actions.csv");

    /** The parameters' names, so that the document lists each once. */
    static final Set<String> NAMES = Set.of("status", "owner", "overdue", "meeting", "dueFrom", "dueTo", "q", "sort",
            "order");

    private static Schema string() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }

    private static Parameter query(String name, String description, Schema schema, String example) {
        Parameter parameter = OASFactory.createParameter().name(name).in(Parameter.In.QUERY)
                .description(description).schema(schema);
        return example == null ? parameter : parameter.example(example);
    }
}
