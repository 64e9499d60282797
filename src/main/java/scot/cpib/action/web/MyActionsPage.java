package scot.cpib.action.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.application.OwnedAction;
import scot.cpib.action.application.OwnedActions;
import scot.cpib.action.application.OwnerFilter;
import scot.cpib.action.application.ResultPage;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.board.application.Directory;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.Person;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.web.IdConverter;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.shared.web.PageParams;

/**
 * "My actions": what the signed-in person owns — themselves, through their organisation or a group
 * they belong to. The outstanding ones are listed (overdue first), each with an "Update" link that
 * opens the progress form of that one action under its row ({@code ?update=id}); completed and closed
 * ones are counted, and listed a page at a time only when asked ({@code ?closed=true}). Decision 81.
 */
@Named
@ViewScoped
public class MyActionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CLOSED_PAGE_SIZE = 25;
    /** Flash key: the action just saved, whose row takes the keyboard focus on the page that follows. */
    private static final String SAVED = "mine.saved";

    @Inject
    private transient BoardClock clock;

    @Inject
    private transient OwnedActions mine;

    @Inject
    private transient ActionUpdates updates;

    @Inject
    private transient Directory directory;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageMessages messages;

    private String update;
    private boolean closed;
    private String page;
    private OwnerFilter owners;
    private Long chosenId;
    private String chosenReference;
    private UpdateForm form;
    private transient Long savedId;
    private transient List<OwnedAction> outstanding;
    private transient Long closedCount;
    private transient ResultPage<OwnedAction> closedPage;
    private transient List<MyActionRow> outstandingRows;
    private transient List<MyActionRow> closedRows;
    private transient String address;

    /** On the first request: whose actions, and the form of the action named by ?update= if it is outstanding. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        Object saved = faces.getExternalContext().getFlash().get(SAVED);
        savedId = saved instanceof Long id ? id : null;
        owners = ownersOfMe();
        Long wanted = IdConverter.parse(update);
        if (wanted == null) {
            return;
        }
        getOutstanding().stream().filter(a -> a.id() == wanted).findFirst()
                .flatMap(listed -> updates.find(listed.id()))
                .filter(updates::canUpdate)
                .ifPresent(action -> {
                    chosenId = action.getId();
                    chosenReference = action.getReference();
                    form = new UpdateForm(action);
                });
    }

    private OwnerFilter ownersOfMe() {
        Person person = currentUser.person().orElse(null);
        if (person == null) {
            return OwnerFilter.ANY;
        }
        Set<Long> groups = directory.groupsOf(person).stream().map(OwnerGroup::getId).collect(Collectors.toSet());
        Set<Long> organisations = person.getOrganisation() == null ? Set.of() : Set.of(person.getOrganisation().getId());
        return new OwnerFilter(Set.of(person.getId()), organisations, groups);
    }

    /** Open and in-progress actions, overdue first. */
    public List<OwnedAction> getOutstanding() {
        if (outstanding == null) {
            outstanding = mine.outstanding(owners);
        }
        return outstanding;
    }

    /** The outstanding rows down to the one whose form is open (all of them when none is). */
    public List<MyActionRow> getRowsToForm() {
        int at = chosenIndex();
        return at < 0 ? outstandingRows() : outstandingRows().subList(0, at + 1);
    }

    /** The outstanding rows after the one whose form is open. */
    public List<MyActionRow> getRowsAfterForm() {
        int at = chosenIndex();
        return at < 0 ? List.of() : outstandingRows().subList(at + 1, outstandingRows().size());
    }

    private List<MyActionRow> outstandingRows() {
        if (outstandingRows == null) {
            outstandingRows = rows(getOutstanding());
        }
        return outstandingRows;
    }

    /** The rows of the completed section's page shown. */
    public List<MyActionRow> getClosedRows() {
        if (closedRows == null) {
            closedRows = rows(getClosedPage().items());
        }
        return closedRows;
    }

    private List<MyActionRow> rows(List<OwnedAction> actions) {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String kept = closed ? "&closed=true" + (pageNumber() > 1 ? "&page=" + pageNumber() : "") : "";
        return MyActionRow.of(actions, new MyActionRow.Page(clock.today(), contextPath, address() + "?update=",
                kept + "#updateHeading", form == null ? null : chosenId, savedId));
    }

    private int chosenIndex() {
        if (form == null) {
            return -1;
        }
        List<OwnedAction> rows = getOutstanding();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == chosenId) {
                return i;
            }
        }
        return -1;
    }

    /** The form is shown while its action is still outstanding (someone else may have closed it meanwhile). */
    public boolean isFormOpen() {
        return chosenIndex() >= 0;
    }

    /** The reference of the action whose form is open. */
    public String getChosenReference() {
        return chosenReference;
    }

    public UpdateForm getForm() {
        return form;
    }

    public List<ActionStatus> getStatusOptions() {
        int at = chosenIndex();
        return at < 0 ? List.of() : List.copyOf(updates.statusesFrom(getOutstanding().get(at).status()));
    }

    public Long getChosenId() {
        return chosenId;
    }

    public long getOverdueCount() {
        LocalDate today = clock.today();
        return getOutstanding().stream().filter(a -> a.isOverdueOn(today)).count();
    }

    public long getOutstandingCount() {
        return getOutstanding().size();
    }

    /** Everything owned that is no longer outstanding, counted in the database whether listed or not (once). */
    public long getClosedCount() {
        if (closedCount == null) {
            closedCount = closed ? getClosedPage().total() : mine.closedCount(owners);
        }
        return closedCount;
    }

    /** The page of completed and closed actions asked for, or none while that section is folded. */
    public ResultPage<OwnedAction> getClosedPage() {
        if (closedPage == null) {
            if (!closed) {
                closedPage = new ResultPage<>(List.of(), getClosedCount(), 0, CLOSED_PAGE_SIZE);
            } else {
                closedPage = mine.closed(owners, pageNumber() - 1, CLOSED_PAGE_SIZE);
                if (closedPage.items().isEmpty() && closedPage.pageCount() > 0) {
                    closedPage = mine.closed(owners, closedPage.pageCount() - 1, CLOSED_PAGE_SIZE);
                }
            }
        }
        return closedPage;
    }

    /** The page of the completed section shown, counting from 1 (the last when one beyond it was asked for). */
    public int getShownClosedPage() {
        return getClosedPage().page() + 1;
    }

    /** The page asked for in the address, from 1; anything but a number is the first. */
    private int pageNumber() {
        return PageParams.pageNumber(page);
    }

    /** Where the keyboard focus goes as the page opens: the open form, the row just saved, or the message. */
    public String getFocusTarget() {
        if (isFormOpen() && !FacesContext.getCurrentInstance().isPostback()) {
            return "updateHeading";
        }
        if (savedId != null) {
            return getOutstanding().stream().anyMatch(a -> a.id() == savedId) ? "ref-" + savedId : "summary";
        }
        return null;
    }

    /** Back to the list as it was shown, at the row whose form is open. */
    public String getCancelAddress() {
        return address() + (closed ? "?closed=true" + (pageNumber() > 1 ? "&page=" + pageNumber() : "") : "") + "#ref-" + chosenId;
    }

    /** A page of the completed section. */
    public String closedLink(int number) {
        return address() + "?closed=true" + (number > 1 ? "&page=" + number : "") + "#closed";
    }

    private String address() {
        if (address == null) {
            address = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/actions/mine.xhtml";
        }
        return address;
    }

    /** Saves the open form; on success the list comes back with the change and the focus on that row. */
    public String save() {
        if (form == null) {
            return null;
        }
        if (form.submit(updates, messages, "progress")) {
            messages.info("mine.saved", chosenReference);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(SAVED, chosenId);
            return "/actions/mine?faces-redirect=true" + (closed ? "&closed=true" + (pageNumber() > 1 ? "&page=" + pageNumber() : "") : "");
        }
        outstanding = null;
        outstandingRows = null;
        closedCount = null;
        closedPage = null;
        closedRows = null;
        return null;
    }

    public String getUpdate() {
        return update;
    }

    public void setUpdate(String update) {
        this.update = update;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
