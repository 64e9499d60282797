package scot.cpib.minutes.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.ActionSnapshot;
import scot.cpib.action.application.ActionUpdates;
import scot.cpib.action.application.ProgressUpdate;
import scot.cpib.action.application.ResultPage;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.application.MinuteApproval;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * "Minute &amp; Matters Arising" of a meeting: the previous minute and its approval, then the actions of
 * earlier meetings still outstanding, the latest meeting's first, a page at a time and findable by
 * reference or words, where the secretariat records progress and status row by row.
 */
@Named
@ViewScoped
public class MattersArisingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MEETING = "mattersArising.meeting";
    private static final String GROUPS = "mattersArising.groups";
    private static final String RESULT = "mattersArising.result";

    /** Actions a page shows: a meeting's actions (about 40 at national scale) mostly on one page. */
    static final int PAGE_SIZE = 50;

    /** The outstanding actions agreed at one earlier meeting, or (meeting null) the engagements' follow-ups. */
    public record Group(Meeting meeting, List<AgreedAction> actions) {

        public Meeting getMeeting() {
            return meeting;
        }

        /** What the group's heading and table ids are keyed on: the meeting number, or "engagement". */
        public String getKey() {
            return meeting == null ? "engagement" : String.valueOf(meeting.getNumber());
        }

        public List<AgreedAction> getActions() {
            return actions;
        }
    }

    @Inject
    private MeetingQueries meetings;

    @Inject
    private ActionRegister register;

    @Inject
    private ActionUpdates updates;

    @Inject
    private MinuteApproval approval;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private int page = 1;
    private String text;
    private String approvedBy;
    private LocalDate approvedOn;
    private final Map<Long, ProgressForm> forms = new HashMap<>();
    /**
     * The ids of the rows last shown, in order. A form posted from the page reads these rows again (the
     * rows' fields are matched to actions by their place in the list), so a note typed in a row is never
     * saved to another action when someone else's change has since moved actions into or out of the list.
     */
    private ResultPage<Long> shown;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Meeting meeting = getMeeting();
        if (meeting == null) {
            NotFoundPage.send();
            return;
        }
        approvedBy = PageMessages.text("ma.approve.defaultBy");
        approvedOn = meeting.getDate();
    }

    public Meeting getMeeting() {
        return MeetingLoader.current(MEETING, id, meetings::findVisible);
    }

    public Meeting getPrevious() {
        return getMeeting().getPreviousMeeting();
    }

    public boolean isCanApprove() {
        return currentUser.isSecretariat() && getPrevious() != null && !getPrevious().isMinuteLocked();
    }

    public boolean isCanRecord() {
        return currentUser.isSecretariat();
    }

    /** The page of outstanding actions shown (a page past the last shows the last), read once per request. */
    @SuppressWarnings("unchecked")
    public ResultPage<AgreedAction> getResult() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        return (ResultPage<AgreedAction>) request.computeIfAbsent(RESULT, k -> {
            if (shown != null && FacesContext.getCurrentInstance().isPostback()) {
                return register.outstandingShownAgain(shown);
            }
            LocalDate date = getMeeting().getDate();
            ResultPage<AgreedAction> result = register.outstandingBefore(date, text, page - 1, PAGE_SIZE);
            if (result.items().isEmpty() && result.total() > 0) {
                page = result.pageCount();
                result = register.outstandingBefore(date, text, page - 1, PAGE_SIZE);
            }
            shown = result.withItems(result.items().stream().map(AgreedAction::getId).toList());
            return result;
        });
    }

    /** The page's actions by the meeting that agreed them, in the page's order (engagement follow-ups last). */
    @SuppressWarnings("unchecked")
    public List<Group> getGroups() {
        List<AgreedAction> actions = getResult().items();
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        return (List<Group>) request.computeIfAbsent(GROUPS, k -> {
            Map<Meeting, List<AgreedAction>> byMeeting = new LinkedHashMap<>();
            for (AgreedAction action : actions) {
                byMeeting.computeIfAbsent(action.getMeeting(), m -> new ArrayList<>()).add(action);
            }
            return byMeeting.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
        });
    }

    /** "Showing 51–100 of 2,400 outstanding actions, the latest meeting's first." (or of those found). */
    public String getShowing() {
        ResultPage<AgreedAction> result = getResult();
        long first = (long) result.page() * result.size() + 1;
        long last = first + result.items().size() - 1;
        return PageMessages.text(isFiltered() ? "ma.actions.showingFound" : "ma.actions.showing", first, last, result.total(), text);
    }

    public boolean isFiltered() {
        return text != null && !text.isBlank();
    }

    /** The address of another page of the list, with the same words to find. */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/meetings/matters-arising.xhtml?id=").append(id);
        if (isFiltered()) {
            link.append("&text=").append(URLEncoder.encode(text.strip(), StandardCharsets.UTF_8));
        }
        if (number > 1) {
            link.append("&page=").append(number);
        }
        return link.toString();
    }

    public boolean overdue(AgreedAction action) {
        return action.isOverdueOn(getMeeting().getDate());
    }

    public ProgressForm form(AgreedAction action) {
        return forms.computeIfAbsent(action.getId(), k -> new ProgressForm(action));
    }

    public Set<ActionStatus> statuses(AgreedAction action) {
        return updates.statusesFor(action);
    }

    public List<AgendaItem> getItems() {
        return getMeeting().getAgendaInReadingOrder();
    }

    /** One step: the board approves the previous meeting's minute at this meeting; it is then locked. */
    public void approve() {
        try {
            Meeting previous = approval.approvePrevious(id, approvedBy, approvedOn);
            FieldMessages.info("ma.approve.done", previous.getOrdinal());
            FacesContext.getCurrentInstance().getAttributes().remove(MEETING);
        } catch (DomainException e) {
            FieldMessages.error(null, "approve", e, e.getField());
        }
    }

    /**
     * "Save" on a row records that row, and every other row where a note was typed or the status
     * changed, so nothing typed on the page is lost; each row keeps its own version check and messages.
     */
    public void record(ActionEvent event) {
        Long pressed = (Long) event.getComponent().getAttributes().get("actionId");
        String pressedFormId = FieldMessages.formOf(event);
        String rows = pressedFormId.substring(0, pressedFormId.indexOf(":groups:") + ":groups:".length());
        List<Group> groups = getGroups();
        for (int g = 0; g < groups.size(); g++) {
            List<AgreedAction> actions = groups.get(g).actions();
            for (int r = 0; r < actions.size(); r++) {
                Long actionId = actions.get(r).getId();
                ProgressForm form = forms.get(actionId);
                if (form != null && (actionId.equals(pressed) || form.isTyped())) {
                    record(actionId, actions.get(r).getReference(), form, rows + g + ":rows:" + r + ":progress");
                }
            }
        }
        FacesContext.getCurrentInstance().getAttributes().remove(GROUPS);
        FacesContext.getCurrentInstance().getAttributes().remove(RESULT);
    }

    /** Records one row's progress note and/or status, reported at this meeting. */
    private void record(Long actionId, String reference, ProgressForm form, String formId) {
        String where = PageMessages.text("minute.where.action", reference);
        try {
            AgreedAction saved = updates.update(actionId, form.getVersion(), new ProgressUpdate(form.getNote(),
                    form.getChosenStatus(), form.getChosenStatus() == ActionStatus.COVERED_ELSEWHERE ? form.getCoveredByItemId() : null,
                    id));
            forms.put(actionId, new ProgressForm(saved));
            FieldMessages.info("ma.actions.saved", reference);
        } catch (ConcurrentEditException e) {
            long current = updates.find(actionId).map(AgreedAction::getVersion).orElse(form.getVersion());
            form.conflictWith(e.theirs(ActionSnapshot.class), current);
            FieldMessages.conflict(where, formId, "note");
        } catch (DomainException e) {
            FieldMessages.error(where, formId, e, e.getField());
        }
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }
}
