package scot.cpib.action.application;

import java.time.LocalDate;
import java.util.List;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.shared.domain.PartialDate;

/**
 * One action as "my actions" lists it, read as columns rather than as an entity ({@link OwnedActions}):
 * where it was agreed (a meeting, or else an engagement), its owners as the minute labels them, when it
 * is due, its status and its latest progress note.
 */
public record OwnedAction(long id, String reference, String legacyReference, String description, PartialDate due,
                          ActionStatus status, LocalDate completedOn, Long meetingId, Integer meetingNumber,
                          LocalDate meetingDate, Long engagementId, PartialDate engagementDate, List<String> owners,
                          Note latestNote) {

    public OwnedAction {
        owners = List.copyOf(owners);
    }

    public String displayReference() {
        return AgreedAction.displayReference(reference, legacyReference);
    }

    public boolean isOverdueOn(LocalDate today) {
        return AgreedAction.isOverdue(status, due, today);
    }

    /** The latest progress note: what was reported, by whom, on which day. */
    public record Note(String text, String author, LocalDate recordedOn) {
    }
}
