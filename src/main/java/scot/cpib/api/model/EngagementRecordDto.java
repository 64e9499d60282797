package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.engagement.domain.StakeholderGroup;

/**
 * One engagement of the log. {@code date} is ISO: "2019-05" for a month, "2019-03-01" for a day;
 * {@code messages} are core message numbers; follow-up actions are in the action register
 * (GET /actions/{id}), referenced "E{id}/{n}".
 */
@JsonbPropertyOrder({"id", "reference", "date", "datePrecision", "person", "groups", "channel", "event", "messages",
        "peopleReached", "heard", "learned", "sampleData", "followUps"})
@Schema(name = "EngagementRecord")
public record EngagementRecordDto(long id, @Schema(example = "E12") String reference,
                                  @Schema(example = "2019-05") String date,
                                  @Schema(enumeration = {"DAY", "MONTH"}) String datePrecision,
                                  String person, List<String> groups, String channel, String event, List<Integer> messages,
                                  Integer peopleReached, String heard, String learned,
                                  @Schema(description = "Made up to demonstrate the log; no board paper reports it") boolean sampleData,
                                  List<FollowUp> followUps) {

    @Schema(name = "FollowUpAction")
    public record FollowUp(long id, @Schema(example = "E12/1") String reference, String description, String owners,
                           @Schema(example = "2019-06") String due,
                           @Schema(enumeration = {"OPEN", "IN_PROGRESS", "COMPLETE", "SUPERSEDED", "COVERED_ELSEWHERE"})
                           String status) {
    }

    public static EngagementRecordDto of(EngagementRecord record) {
        return new EngagementRecordDto(record.getId(), "E" + record.getId(), record.getDate().toIso(),
                record.getDate().getPrecision().name(), record.getPerson().getFullName(),
                record.getGroups().stream().map(StakeholderGroup::getName).toList(), record.getChannel().getName(),
                record.getEventLabel(), record.getMessages().stream().map(CoreMessage::getNumber).toList(),
                record.getPeopleReached(), record.getHeard(), record.getLearned(), record.isSampleData(),
                record.getFollowUps().stream().map(EngagementRecordDto::followUp).toList());
    }

    private static FollowUp followUp(AgreedAction action) {
        return new FollowUp(action.getId(), action.getReference(), action.getDescription(), action.getOwnerLabel(),
                action.getDue() == null ? null : action.getDue().toIso(), action.getStatus().name());
    }
}
