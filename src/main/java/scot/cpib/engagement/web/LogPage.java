package scot.cpib.engagement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import scot.cpib.action.application.ResultPage;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.action.web.QueryLinks;
import scot.cpib.engagement.application.EngagementLog;
import scot.cpib.engagement.application.LogFilter;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.shared.web.PageMessages;

/**
 * The engagement log with date, group and message filters (a plain GET form, so a filtered list can
 * be bookmarked and the coverage page can link to the engagements behind a cell).
 */
@Named
@RequestScoped
public class LogPage {

    /** Engagements a page of the log shows. */
    static final int PAGE_SIZE = 50;

    @Inject
    private EngagementLog log;

    @Inject
    private PageMessages messages;

    private String from;
    private String to;
    private Long group;
    private Long message;
    private boolean hideSample;
    private Integer page;
    private ResultPage<EngagementRecord> result;
    private Boolean canRecord;

    /** Reads the log before the page renders, so that a bad date is in the error summary at the top. */
    public void load() {
        getRecords();
    }

    /** The page of the log shown, newest first, with how many match the filters in all. */
    public ResultPage<EngagementRecord> getResult() {
        if (result == null) {
            result = log.page(new LogFilter(day(from, "from"), day(to, "to"), group, message, !hideSample),
                    page == null ? 0 : page - 1, PAGE_SIZE);
        }
        return result;
    }

    public List<EngagementRecord> getRecords() {
        return getResult().items();
    }

    /** The page shown, from 1. */
    public int getShownPage() {
        return getResult().page() + 1;
    }

    /** "Showing 51–100 of 3,000 engagements" (or that none match). */
    public String getRange() {
        ResultPage<EngagementRecord> shown = getResult();
        long first = (long) shown.page() * shown.size() + 1;
        return PageMessages.text("engagement.log.range", first, first + shown.items().size() - 1, shown.total());
    }

    /** This log with the same filters at another page (from 1). */
    public String pageLink(int number) {
        return new QueryLinks(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/engagement/log.xhtml")
                .with("from", from).with("to", to).with("group", group).with("message", message)
                .with("hideSample", hideSample ? "true" : null).with("page", number <= 1 ? null : number).toString();
    }

    private LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            messages.error(field, "engagement.log.badDate");
            return null;
        }
    }

    public boolean isCanRecord() {
        if (canRecord == null) {
            canRecord = log.canRecord();
        }
        return canRecord;
    }

    public String groupNames(EngagementRecord record) {
        return record.getGroups().stream().map(StakeholderGroup::getName).collect(Collectors.joining("; "));
    }

    public String messageNumbers(EngagementRecord record) {
        return record.getMessages().stream().map(m -> String.valueOf(m.getNumber())).collect(Collectors.joining(", "));
    }

    public String messageTexts(EngagementRecord record) {
        return record.getMessages().stream().map(CoreMessage::getLabel).collect(Collectors.joining(" "));
    }

    public String followUpReferences(EngagementRecord record) {
        return record.getFollowUps().stream().map(AgreedAction::getReference).collect(Collectors.joining(", "));
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

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Long getGroup() {
        return group;
    }

    public void setGroup(Long group) {
        this.group = group;
    }

    public Long getMessage() {
        return message;
    }

    public void setMessage(Long message) {
        this.message = message;
    }

    public boolean isHideSample() {
        return hideSample;
    }

    public void setHideSample(boolean hideSample) {
        this.hideSample = hideSample;
    }
}
