package scot.cpib.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.action.web.QueryLinks;
import scot.cpib.shared.application.AuditQueries;
import scot.cpib.shared.application.AuditResults;
import scot.cpib.shared.application.AuditSearch;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.shared.web.PageParams;

/** The audit trail for the secretariat: newest first, filtered by GET parameters and paged in the database. */
@Named
@RequestScoped
public class AuditPage {

    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100, 200);

    @Inject
    private FacesContext faces;

    @Inject
    private AuditQueries queries;

    @Inject
    private PageMessages messages;

    private String type;
    private String user;
    private String from;
    private String to;
    private String text;
    private String page;
    private String size;
    private AuditResults result;
    private boolean invalid;

    public void load() {
        if (result != null) {
            return;
        }
        LocalDate fromDay = date(from, "from");
        LocalDate toDay = date(to, "to");
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            invalid = true;
            messages.error("to", "audit.dates.order");
        }
        if (invalid) {
            result = new AuditResults(List.of(), 0, 0, getPageSize());
            return;
        }
        AuditSearch search = new AuditSearch(type, user, fromDay, toDay, text);
        result = queries.search(search, getPageNumber() - 1, getPageSize());
        if (result.items().isEmpty() && result.total() > 0) {
            int last = result.more() ? (int) (result.total() / getPageSize()) - 1 : result.pageCount() - 1;
            result = queries.search(search, last, getPageSize());
        }
    }

    private LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            invalid = true;
            messages.error(field, "audit.date.invalid");
            return null;
        }
    }

    public boolean hasError(String field) {
        return !faces.getMessageList(field).isEmpty();
    }

    /** Actions link to their own page; other records are named by type and number. */
    public boolean isAction(AuditEntry entry) {
        return AgreedAction.class.getSimpleName().equals(entry.getEntityType()) && entry.getEntityId() != null;
    }

    public String typeLabel(String entityType) {
        String key = "audit.type." + entityType;
        String label = PageMessages.text(key);
        return label.equals(key) ? entityType : label;
    }

    public String pageLink(int number) {
        return new QueryLinks(faces.getExternalContext().getRequestContextPath() + "/admin/audit.xhtml")
                .with("type", type).with("user", user).with("from", from).with("to", to).with("text", text)
                .with("size", size).with("page", number <= 1 ? null : number).toString();
    }

    public AuditResults getResult() {
        load();
        return result;
    }

    public boolean isInvalid() {
        return invalid;
    }

    public int getShownPage() {
        return getResult().page() + 1;
    }

    public List<String> getTypeOptions() {
        return queries.entityTypes();
    }

    public List<String> getUserOptions() {
        return queries.usernames();
    }

    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    public int getPageNumber() {
        return PageParams.pageNumber(page);
    }

    public int getPageSize() {
        return PageParams.pageSize(size, PAGE_SIZES, AuditQueries.DEFAULT_SIZE);
    }

    public String getPageSizeText() {
        return Integer.toString(getPageSize());
    }

    public void setPageSizeText(String chosen) {
        this.size = chosen;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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
