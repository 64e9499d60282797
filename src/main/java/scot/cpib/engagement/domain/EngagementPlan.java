package scot.cpib.engagement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * One row of the strategy's matrix: for a stakeholder group, the planned channels, who leads the
 * engagement and the core messages the group should receive. The paper's own wording of the channel
 * and lead cells is kept beside the links.
 */
@Entity
@Table(name = "engagement_plan")
public class EngagementPlan extends VersionedEntity {

    public static final int CHANNEL_TEXT_MAX = 4000;
    public static final int DELIVERY_LEAD_TEXT_MAX = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "strategy_id")
    private EngagementStrategy strategy;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    private StakeholderGroup group;

    @Column(nullable = false)
    private int position;

    @Column(name = "channel_text", columnDefinition = "TEXT")
    private String channelText;

    @Column(name = "delivery_lead_text", length = DELIVERY_LEAD_TEXT_MAX)
    private String deliveryLeadText;

    @ManyToMany
    @JoinTable(name = "engagement_plan_channel", joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "channel_id"))
    private List<Channel> channels = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "engagement_plan_message", joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "message_id"))
    private List<CoreMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DeliveryLead> leads = new ArrayList<>();

    protected EngagementPlan() {
    }

    EngagementPlan(EngagementStrategy strategy, StakeholderGroup group, int position) {
        this.strategy = strategy;
        this.group = group;
        this.position = position;
    }

    /** Sets the channels, delivery leads and messages of this group, with the wording of the matrix. */
    public void plan(List<Channel> newChannels, String newChannelText, List<OwnerRef> newLeads, String newLeadText,
                     List<CoreMessage> newMessages) {
        if (newMessages.stream().anyMatch(m -> !m.getStrategy().equals(strategy))) {
            throw new DomainException("engagement.plan.messageOfAnotherStrategy", "messages");
        }
        this.channelText = Texts.optional(newChannelText, CHANNEL_TEXT_MAX, "engagement.plan.channelText", "channelText");
        this.deliveryLeadText = Texts.optional(newLeadText, DELIVERY_LEAD_TEXT_MAX, "engagement.plan.leadText", "leadText");
        channels.clear();
        newChannels.stream().distinct().forEach(channels::add);
        messages.clear();
        newMessages.stream().distinct().sorted(Comparator.comparingInt(CoreMessage::getNumber)).forEach(messages::add);
        leads.clear();
        List<OwnerRef> distinctLeads = newLeads.stream().distinct().toList();
        for (int i = 0; i < distinctLeads.size(); i++) {
            leads.add(new DeliveryLead(this, i + 1, distinctLeads.get(i)));
        }
    }

    /** The planned group × message cells of this row, in message order. */
    public List<PlannedCell> cells() {
        return messages.stream().map(m -> new PlannedCell(group, m)).toList();
    }

    /** "IS/HS", as the matrix would print the leads, or the matrix's own words when no lead is linked. */
    public String getLeadLabel() {
        if (leads.isEmpty()) {
            return deliveryLeadText;
        }
        return leads.stream().map(DeliveryLead::getLabel).collect(Collectors.joining("/"));
    }

    public EngagementStrategy getStrategy() {
        return strategy;
    }

    public StakeholderGroup getGroup() {
        return group;
    }

    public int getPosition() {
        return position;
    }

    public String getChannelText() {
        return channelText;
    }

    public String getDeliveryLeadText() {
        return deliveryLeadText;
    }

    public List<Channel> getChannels() {
        return List.copyOf(channels);
    }

    public List<CoreMessage> getMessages() {
        return List.copyOf(messages);
    }

    public List<DeliveryLead> getLeads() {
        return List.copyOf(leads);
    }
}
