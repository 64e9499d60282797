package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.action.application.ActionSummary;
import scot.cpib.action.domain.AgreedAction;

/**
 * An agreed action. {@code due} is ISO 8601: "2019-02" for a month, "2019-02-28" for a day;
 * {@code progress} (the whole history) is given only for one action, not in lists.
 */
@JsonbPropertyOrder({"id", "reference", "legacyReference", "description", "meetingNumber", "meetingDate", "agendaItem", "engagementRecordId", "owners", "due", "duePrecision", "status", "overdue", "completedOn", "latestProgress", "progress"})
@Schema(name = "Action")
public record ActionDto(long id,
                        @Schema(example = "15/4iii/1") String reference,
                        String legacyReference,
                        String description,
                        @Schema(description = "Empty for a follow-up action of an engagement") Integer meetingNumber,
                        LocalDate meetingDate,
                        @Schema(example = "4iii") String agendaItem,
                        @Schema(description = "The engagement a follow-up action came from (reference \"E<id>/<n>\"); empty for a meeting's action")
                        Long engagementRecordId,
                        List<OwnerDto> owners,
                        @Schema(example = "2019-02") String due,
                        @Schema(enumeration = {"MONTH", "DAY"}) String duePrecision,
                        @Schema(enumeration = {"OPEN", "IN_PROGRESS", "COMPLETE", "SUPERSEDED", "COVERED_ELSEWHERE"})
                        String status,
                        boolean overdue,
                        LocalDate completedOn,
                        ProgressDto latestProgress,
                        List<ProgressDto> progress) {

    public static ActionDto of(AgreedAction action, LocalDate today, boolean withHistory) {
        return of(ActionSummary.of(action), today,
                withHistory ? action.getProgress().stream().map(ActionSummary.Note::of).map(ProgressDto::of).toList() : null);
    }

    /** An action as a list shows it: without its progress history. */
    public static ActionDto of(ActionSummary action, LocalDate today) {
        return of(action, today, null);
    }

    private static ActionDto of(ActionSummary action, LocalDate today, List<ProgressDto> history) {
        return new ActionDto(action.id(), action.reference(), action.legacyReference(), action.description(),
                action.meetingNumber(), action.meetingDate(), action.agendaItem(), action.engagementRecordId(),
                action.owners().stream().map(owner -> new OwnerDto(owner.key(), owner.label())).toList(),
                action.due() == null ? null : action.due().toIso(),
                action.due() == null ? null : action.due().getPrecision().name(),
                action.status().name(), action.isOverdueOn(today), action.completedOn(),
                action.latestNote() == null ? null : ProgressDto.of(action.latestNote()), history);
    }
}
