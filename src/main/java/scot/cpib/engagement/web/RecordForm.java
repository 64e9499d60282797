package scot.cpib.engagement.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import scot.cpib.engagement.application.EngagementInput;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.shared.domain.PartialDate;

/** What the engagement form holds between requests, so nothing typed is lost when a rule fails. */
public class RecordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private PartialDate date;
    private Long personId;
    private List<Long> groupIds = new ArrayList<>();
    private Long channelId;
    private Long eventId;
    private String eventName;
    private List<Long> messageIds = new ArrayList<>();
    private Integer peopleReached;
    private String heard;
    private String learned;

    static RecordForm of(EngagementRecord record) {
        RecordForm form = new RecordForm();
        form.date = record.getDate();
        form.personId = record.getPerson().getId();
        form.groupIds = record.getGroups().stream().map(StakeholderGroup::getId).collect(Collectors.toCollection(ArrayList::new));
        form.channelId = record.getChannel().getId();
        form.eventId = record.getEvent() == null ? null : record.getEvent().getId();
        form.eventName = record.getEventName();
        form.messageIds = record.getMessages().stream().map(CoreMessage::getId).collect(Collectors.toCollection(ArrayList::new));
        form.peopleReached = record.getPeopleReached();
        form.heard = record.getHeard();
        form.learned = record.getLearned();
        return form;
    }

    EngagementInput input() {
        return new EngagementInput(date, personId, groupIds, channelId, eventId, eventName, messageIds, peopleReached,
                heard, learned);
    }

    public PartialDate getDate() {
        return date;
    }

    public void setDate(PartialDate date) {
        this.date = date;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public List<Long> getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(List<Long> groupIds) {
        this.groupIds = groupIds;
    }

    public Long getChannelId() {
        return channelId;
    }

    public void setChannelId(Long channelId) {
        this.channelId = channelId;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getEventName() {
        return eventName;
    }

    public void setEventName(String eventName) {
        this.eventName = eventName;
    }

    public List<Long> getMessageIds() {
        return messageIds;
    }

    public void setMessageIds(List<Long> messageIds) {
        this.messageIds = messageIds;
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    public void setPeopleReached(Integer peopleReached) {
        this.peopleReached = peopleReached;
    }

    public String getHeard() {
        return heard;
    }

    public void setHeard(String heard) {
        this.heard = heard;
    }

    public String getLearned() {
        return learned;
    }

    public void setLearned(String learned) {
        this.learned = learned;
    }
}
