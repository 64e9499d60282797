package scot.cpib.action.application;

import scot.cpib.action.domain.ActionProgress;
import scot.cpib.action.domain.AgreedAction;

/** An action as saved now, for showing "their version" beside the person's own after a conflict. */
public record ActionSnapshot(String reference, String status, String latestNote, String latestAuthor) {

    static ActionSnapshot of(AgreedAction action) {
        ActionProgress latest = action.latestProgress().orElse(null);
        return new ActionSnapshot(action.getReference(), action.getStatus().name(),
                latest == null ? null : latest.getNote(), latest == null ? null : latest.getAuthor());
    }
}
