package scot.cpib.action.application;

import java.time.LocalDate;
import java.util.List;
import scot.cpib.action.domain.ActionProgress;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.shared.domain.PartialDate;

/**
 * What a list of actions shows of one action, as values: where it was agreed, its owners as the minute
 * labels them, when it is due, its status and its latest progress note. Read as columns for a page of
 * the register ({@link ActionSummaries}) or taken from an action already loaded ({@link #of}).
 */
public record ActionSummary(long id, String reference, String legacyReference, String description,
                            Long meetingId, Integer meetingNumber, LocalDate meetingDate, String agendaItem,
                            Long engagementRecordId, PartialDate engagementDate, List<Owner> owners, PartialDate due,
                            ActionStatus status, LocalDate completedOn, Note latestNote) {

    public ActionSummary {
        owners = List.copyOf(owners);
    }

    public static ActionSummary of(AgreedAction action) {
        return new ActionSummary(action.getId(), action.getReference(), action.getLegacyReference(), action.getDescription(),
                action.getMeeting() == null ? null : action.getMeeting().getId(),
                action.getMeeting() == null ? null : action.getMeeting().getNumber(),
                action.getMeeting() == null ? null : action.getMeeting().getDate(),
                action.getAgendaItem() == null ? null : action.getAgendaItem().getLabel(),
                action.getEngagementId(), action.getEngagementDate(), action.getOwnerRefs().stream().map(Owner::of).toList(), action.getDue(),
                action.getStatus(), action.getCompletedOn(), action.latestProgress().map(Note::of).orElse(null));
    }

    /** The reference, with the legacy reference after it in brackets when there is one. */
    public String displayReference() {
        return AgreedAction.displayReference(reference, legacyReference);
    }

    public boolean isOverdueOn(LocalDate today) {
        return AgreedAction.isOverdue(status, due, today);
    }

    /** An owner: its key (as the register's owner filter takes it) and its label as the minute prints it. */
    public record Owner(String key, String label) {

        public static Owner of(OwnerRef ref) {
            return new Owner(ref.getKey(), ref.getLabel());
        }
    }

    /** A progress note: what was reported, by whom, on which day, and at which meeting if at one. */
    public record Note(String note, String author, LocalDate date, Integer meetingNumber) {

        public static Note of(ActionProgress progress) {
            return new Note(progress.getNote(), progress.getAuthor(), progress.getRecordedOn(),
                    progress.getMeeting() == null ? null : progress.getMeeting().getNumber());
        }
    }
}
