package scot.cpib.action.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.ActionSort;
import scot.cpib.action.application.ActionSummaries;
import scot.cpib.action.application.ActionSummary;
import scot.cpib.action.application.OwnerFilter;
import scot.cpib.action.application.PageRequest;
import scot.cpib.action.application.ResultPage;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.board.application.Owners;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.shared.web.PageParams;

/**
 * The action register: every agreed action, filtered, sorted and paged in the database. All filters
 * are GET parameters, so a filtered view can be bookmarked and shared.
 */
@Named
@RequestScoped
public class ActionRegisterPage {

    @Inject
    private BoardClock clock;

    static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

    @Inject
    private FacesContext faces;

    @Inject
    private ActionRegister register;

    @Inject
    private ActionSummaries summaries;

    @Inject
    private Owners ownerLookup;

    @Inject
    private PageMessages messages;

    @Inject
    private OwnerSuggestions ownerSuggestions;

    private String owner;
    private String dueFrom;
    private String dueTo;
    private String meeting;
    private String overdue;
    private String text;
    private String sort;
    private String dir;
    private String page;
    private String size;
    private Set<ActionStatus> statuses = EnumSet.noneOf(ActionStatus.class);
    private ResultPage<ActionSummary> result;
    private List<RegisterRow> rows;
    private List<SelectItem> meetingItems;
    private boolean invalid;

    /** Reads the filters from the address, checks them, and runs the search when they make sense. */
    public void load() {
        if (result != null) {
            return;
        }
        String[] chosen = faces.getExternalContext().getRequestParameterValuesMap().get("status");
        for (String value : chosen == null ? new String[0] : chosen) {
            Arrays.stream(ActionStatus.values()).filter(s -> s.name().equals(value)).forEach(statuses::add);
        }
        LocalDate from = date(dueFrom, "dueFrom");
        LocalDate to = date(dueTo, "dueTo");
        if (from != null && to != null && from.isAfter(to)) {
            error("dueTo", "register.due.order");
        }
        OwnerFilter owners = OwnerFilter.ANY;
        if (owner != null && !owner.isBlank()) {
            owners = ownerLookup.named(owner).map(named -> OwnerFilter.ofKey(named.getKey())).orElse(OwnerFilter.ANY);
            if (owners.isAny()) {
                error("owner", "owner.unknown", owner.strip());
            }
        }
        Integer meetingNumber = meetingNumber();
        if (invalid) {
            result = new ResultPage<>(List.of(), 0, 0, getPageSize());
            return;
        }
        ActionCriteria criteria = new ActionCriteria(statuses, owners, from, to, meetingNumber, isOverdueOnly(), text);
        LocalDate today = clock.today();
        result = summaries.page(criteria, pageRequest(getPageNumber() - 1), today);
        if (result.items().isEmpty() && result.total() > 0) {
            result = summaries.page(criteria, pageRequest(result.pageCount() - 1), today);
        }
    }

    private PageRequest pageRequest(int index) {
        return new PageRequest(index, getPageSize(), getSortColumn(), !"desc".equals(dir));
    }

    private LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            error(field, "register.date.invalid");
            return null;
        }
    }

    private Integer meetingNumber() {
        if (meeting == null || meeting.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(meeting.strip());
        } catch (NumberFormatException e) {
            error("meeting", "register.meeting.invalid");
            return null;
        }
    }

    private void error(String field, String key, Object... arguments) {
        invalid = true;
        messages.error(field, key, arguments);
    }

    /** Whether the field has a message (to mark it in error). */
    public boolean hasError(String field) {
        return faces.getMessageList(field).stream().findAny().isPresent();
    }

    public List<ActionSummary> getActions() {
        return getResult().items();
    }

    /** The page's rows with their texts made (once a request). */
    public List<RegisterRow> getRows() {
        if (rows == null) {
            ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "amsg");
            LocalDate today = clock.today();
            rows = getActions().stream().map(a -> new RegisterRow(a, a.isOverdueOn(today), texts)).toList();
        }
        return rows;
    }

    public ResultPage<ActionSummary> getResult() {
        load();
        return result;
    }

    public boolean isInvalid() {
        return invalid;
    }

    public List<ActionStatus> getStatusOptions() {
        return List.of(ActionStatus.values());
    }

    public boolean isChecked(ActionStatus status) {
        return statuses.contains(status);
    }

    public List<String> getOwnerOptions() {
        return ownerSuggestions.labels();
    }

    public List<Integer> getMeetingOptions() {
        return register.meetingNumbers();
    }

    /** The meeting filter's choices ("Meeting 12"), made once a request. */
    public List<SelectItem> getMeetingItems() {
        if (meetingItems == null) {
            String label = faces.getApplication().getResourceBundle(faces, "amsg").getString("register.filter.meetingNumber");
            meetingItems = getMeetingOptions().stream()
                    .map(n -> new SelectItem(String.valueOf(n), label.replace("{0}", String.valueOf(n)))).toList();
        }
        return meetingItems;
    }

    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    public int getPageNumber() {
        return PageParams.pageNumber(page);
    }

    /** The page shown, counting from 1 (after moving back to the last page when asked for one beyond it). */
    public int getShownPage() {
        return getResult().page() + 1;
    }

    public int getPageSize() {
        return PageParams.pageSize(size, PAGE_SIZES, PageRequest.DEFAULT_SIZE);
    }

    public String getPageSizeText() {
        return Integer.toString(getPageSize());
    }

    public void setPageSizeText(String chosen) {
        this.size = chosen;
    }

    public ActionSort getSortColumn() {
        return Arrays.stream(ActionSort.values()).filter(s -> s.name().equalsIgnoreCase(sort)).findFirst()
                .orElse(ActionSort.DUE);
    }

    public boolean isOverdueOnly() {
        return "true".equalsIgnoreCase(overdue) || "on".equalsIgnoreCase(overdue);
    }

    /** "ascending", "descending" or "none" for the column's header. */
    public String ariaSort(String column) {
        if (!getSortColumn().name().equalsIgnoreCase(column)) {
            return "none";
        }
        return "desc".equals(dir) ? "descending" : "ascending";
    }

    /** The link that sorts by the column: ascending first, then the other way round. */
    public String sortLink(String column) {
        boolean flip = getSortColumn().name().equalsIgnoreCase(column) && !"desc".equals(dir);
        return links().replacing("page", null).replacing("sort", column.toLowerCase(Locale.UK))
                .replacing("dir", flip ? "desc" : null).toString();
    }

    public String pageLink(int number) {
        return links().replacing("page", number <= 1 ? null : number).toString();
    }

    private QueryLinks links() {
        return new QueryLinks(faces.getExternalContext().getRequestContextPath() + "/actions/index.xhtml")
                .withAll("status", statuses).with("owner", owner).with("dueFrom", dueFrom).with("dueTo", dueTo)
                .with("meeting", meeting).with("overdue", isOverdueOnly() ? "true" : null).with("text", text)
                .with("sort", sort).with("dir", dir).with("size", size).with("page", page);
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(String dueFrom) {
        this.dueFrom = dueFrom;
    }

    public String getDueTo() {
        return dueTo;
    }

    public void setDueTo(String dueTo) {
        this.dueTo = dueTo;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public String getOverdue() {
        return overdue;
    }

    public void setOverdue(String overdue) {
        this.overdue = overdue;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
