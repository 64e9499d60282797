package scot.cpib.engagement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.stream.Collectors;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.engagement.application.EngagementLog;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.web.NotFoundPage;

/** One engagement of the log: what happened, what was heard and learned, and its follow-up actions. */
@Named
@RequestScoped
public class EngagementViewPage {

    @Inject
    private BoardClock clock;

    @Inject
    private EngagementLog log;

    private Long id;
    private EngagementRecord record;

    public void load() throws IOException {
        record = log.find(id).orElse(null);
        if (record == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            NotFoundPage.send(faces);
        }
    }

    public EngagementRecord getRecord() {
        return record;
    }

    public boolean isCanRevise() {
        return record != null && log.canRevise(record);
    }

    public String getGroupNames() {
        return record.getGroups().stream().map(StakeholderGroup::getName).collect(Collectors.joining("; "));
    }

    public boolean overdue(AgreedAction action) {
        return action.isOverdueOn(clock.today());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
