package scot.cpib.engagement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import scot.cpib.board.application.Directory;
import scot.cpib.board.application.Owners;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.engagement.application.EngagementStrategies;
import scot.cpib.engagement.application.PlanChange;
import scot.cpib.engagement.application.PlanSnapshot;
import scot.cpib.engagement.domain.Channel;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.DeliveryLead;
import scot.cpib.engagement.domain.EngagementPlan;
import scot.cpib.engagement.domain.EngagementStrategy;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * The secretariat plans one group's row of the matrix: channels, delivery leads (as written; a role
 * such as "Chair" stands for its holder today, decision 77) and core messages.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient EngagementStrategies strategies;

    @Inject
    private transient Owners owners;

    @Inject
    private transient PageMessages messages;

    @Inject
    private transient Directory directory;

    private Long group;
    private String groupName;
    private long version;
    private List<Long> channelIds = new ArrayList<>();
    private String channelText;
    private String leads;
    private String leadText;
    private List<Long> messageIds = new ArrayList<>();
    private PlanSnapshot conflict;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || groupName != null) {
            return;
        }
        EngagementStrategy strategy = strategies.current().orElse(null);
        StakeholderGroup found = strategy == null ? null
                : strategies.groups().stream().filter(g -> g.getId().equals(group)).findFirst().orElse(null);
        if (found == null) {
            NotFoundPage.send(faces);
            return;
        }
        groupName = found.getName();
        strategy.findPlan(found).ifPresent(this::fill);
    }

    private void fill(EngagementPlan plan) {
        version = plan.getVersion();
        channelIds = plan.getChannels().stream().map(Channel::getId).collect(Collectors.toCollection(ArrayList::new));
        channelText = plan.getChannelText();
        leads = plan.getLeads().stream().map(DeliveryLead::toRef).map(OwnerRef::getLabel).collect(Collectors.joining("/"));
        leadText = plan.getDeliveryLeadText();
        messageIds = plan.getMessages().stream().map(CoreMessage::getId).collect(Collectors.toCollection(ArrayList::new));
    }

    public String save() {
        try {
            strategies.plan(group, version, new PlanChange(channelIds, channelText,
                    owners.leadsNamed(leads, "leads", directory.board()).stream().map(OwnerRef::getKey).toList(), leadText, messageIds));
            messages.info("engagement.plan.saved", groupName);
            return "/engagement/strategy?faces-redirect=true";
        } catch (ConcurrentEditException e) {
            conflict = e.theirs(PlanSnapshot.class);
            strategies.current().flatMap(s -> s.getPlans().stream().filter(p -> p.getGroup().getId().equals(group)).findFirst())
                    .ifPresent(p -> version = p.getVersion());
            messages.conflict("channelText");
        } catch (DomainException e) {
            messages.error(e, "plan");
        }
        return null;
    }

    public List<Channel> getChannelOptions() {
        return strategies.channels();
    }

    public List<CoreMessage> getMessageOptions() {
        return strategies.getCurrent().getMessages();
    }

    public Long getGroup() {
        return group;
    }

    public void setGroup(Long group) {
        this.group = group;
    }

    public String getGroupName() {
        return groupName;
    }

    public List<Long> getChannelIds() {
        return channelIds;
    }

    public void setChannelIds(List<Long> channelIds) {
        this.channelIds = channelIds;
    }

    public String getChannelText() {
        return channelText;
    }

    public void setChannelText(String channelText) {
        this.channelText = channelText;
    }

    public String getLeads() {
        return leads;
    }

    public void setLeads(String leads) {
        this.leads = leads;
    }

    public String getLeadText() {
        return leadText;
    }

    public void setLeadText(String leadText) {
        this.leadText = leadText;
    }

    public List<Long> getMessageIds() {
        return messageIds;
    }

    public void setMessageIds(List<Long> messageIds) {
        this.messageIds = messageIds;
    }

    public PlanSnapshot getConflict() {
        return conflict;
    }
}
