package scot.cpib.annualreport.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.application.ReportDisseminations;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.Dissemination;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.domain.Channel;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/** A board member records where they disseminated the approved report; everyone sees where it has been. */
@Named
@ViewScoped
public class DisseminationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AnnualReports reports;

    @Inject
    private transient ReportDisseminations disseminations;

    @Inject
    private transient EngagementStrategies strategies;

    @Inject
    private transient PageMessages messages;

    private Long id;
    private String network;
    private LocalDate date;
    private String audience;
    private Long channelId;
    private List<Long> groupIds = new ArrayList<>();
    private Integer peopleReached;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback() && getReport() == null) {
            NotFoundPage.send(faces);
        }
    }

    public AnnualReport getReport() {
        return reports.find(id).orElse(null);
    }

    public List<Dissemination> getDisseminations() {
        return getReport() == null ? List.of() : disseminations.of(id);
    }

    public String getMessageList() {
        return disseminations.messages().stream().map(m -> Integer.toString(m.getNumber())).collect(Collectors.joining(", "));
    }

    public List<Channel> getChannels() {
        return strategies.channels();
    }

    public List<StakeholderGroup> getGroups() {
        return strategies.groups();
    }

    public boolean isCanRecord() {
        return disseminations.canRecord();
    }

    public String save() {
        try {
            disseminations.record(id, date, network, audience, channelId, groupIds, peopleReached);
            messages.info("dissemination.saved");
            return "/reports/disseminate?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error(e, "dissemination");
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Long getChannelId() {
        return channelId;
    }

    public void setChannelId(Long channelId) {
        this.channelId = channelId;
    }

    public List<Long> getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(List<Long> groupIds) {
        this.groupIds = groupIds;
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    public void setPeopleReached(Integer peopleReached) {
        this.peopleReached = peopleReached;
    }
}
