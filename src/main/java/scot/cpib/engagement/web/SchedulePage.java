package scot.cpib.engagement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.PartialDate;
import scot.cpib.shared.web.PageMessages;

/** The secretariat adds an event or opportunity, on a day or in a month, to the forward schedule. */
@Named
@ViewScoped
public class SchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient EngagementStrategies strategies;

    @Inject
    private transient PageMessages messages;

    private PartialDate date;
    private String title;
    private String description;
    private List<Long> groupIds = new ArrayList<>();

    public String save() {
        try {
            strategies.schedule(date, title, description, groupIds);
            messages.info("engagement.event.saved", title == null ? "" : title.strip());
            return "/engagement/strategy?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(e, "event");
            return null;
        }
    }

    public PartialDate getDate() {
        return date;
    }

    public void setDate(PartialDate date) {
        this.date = date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(List<Long> groupIds) {
        this.groupIds = groupIds;
    }
}
