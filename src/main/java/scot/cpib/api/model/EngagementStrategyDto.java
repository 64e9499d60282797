package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.engagement.domain.Channel;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.DeliveryLead;
import scot.cpib.engagement.domain.EngagementPlan;
import scot.cpib.engagement.domain.EngagementStrategy;
import scot.cpib.engagement.domain.ScheduledEvent;
import scot.cpib.engagement.domain.StakeholderGroup;

/**
 * The board's engagement strategy with its matrix: aims, numbered core messages, one row per
 * stakeholder group (channels, delivery leads, the numbers of the messages it should hear) and the
 * forward schedule. Dates of the schedule are ISO: "2019-05" for a month, "2019-03-01" for a day.
 */
@JsonbPropertyOrder({"title", "status", "periodFrom", "periodTo", "aims", "messages", "matrix", "schedule"})
@Schema(name = "EngagementStrategy")
public record EngagementStrategyDto(String title,
                                    @Schema(enumeration = {"DRAFT", "APPROVED", "SUPERSEDED"}) String status,
                                    LocalDate periodFrom, LocalDate periodTo, List<Aim> aims, List<Message> messages,
                                    List<Row> matrix, List<Event> schedule) {

    @Schema(name = "EngagementAim")
    public record Aim(@Schema(example = "4.1.1") String number, String text) {
    }

    @Schema(name = "CoreMessage")
    public record Message(long id, int number, String text) {
    }

    /** One row of the matrix. */
    @JsonbPropertyOrder({"groupId", "group", "sizeNotes", "channels", "channelText", "leads", "leadText", "messages"})
    @Schema(name = "MatrixRow")
    public record Row(long groupId, @Schema(example = "CPP Chairs") String group, String sizeNotes, List<String> channels,
                      String channelText, List<OwnerDto> leads, String leadText,
                      @Schema(description = "Numbers of the core messages the group should hear") List<Integer> messages) {
    }

    @Schema(name = "ScheduledEvent")
    public record Event(long id, @Schema(example = "2019-05") String date, @Schema(enumeration = {"DAY", "MONTH"}) String precision,
                        String title, String description, List<String> groups) {
    }

    public static EngagementStrategyDto of(EngagementStrategy strategy) {
        return new EngagementStrategyDto(strategy.getTitle(), strategy.getStatus().name(), strategy.getPeriodFrom(),
                strategy.getPeriodTo(),
                strategy.getAims().stream().map(a -> new Aim(a.getNumber(), a.getText())).toList(),
                strategy.getMessages().stream().map(m -> new Message(m.getId(), m.getNumber(), m.getText())).toList(),
                strategy.getPlans().stream().map(EngagementStrategyDto::row).toList(),
                strategy.getEvents().stream().map(EngagementStrategyDto::event).toList());
    }

    private static Row row(EngagementPlan plan) {
        StakeholderGroup group = plan.getGroup();
        return new Row(group.getId(), group.getName(), group.getSizeNotes(),
                plan.getChannels().stream().map(Channel::getName).toList(), plan.getChannelText(),
                plan.getLeads().stream().map(DeliveryLead::toRef).map(OwnerDto::of).toList(), plan.getDeliveryLeadText(),
                plan.getMessages().stream().map(CoreMessage::getNumber).toList());
    }

    private static Event event(ScheduledEvent event) {
        return new Event(event.getId(), event.getDate().toIso(), event.getDate().getPrecision().name(),
                event.getTitle(), event.getDescription(), event.getGroups().stream().map(StakeholderGroup::getName).toList());
    }

}
