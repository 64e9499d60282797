package scot.cpib.minutes.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import scot.cpib.minutes.domain.MinuteEntry;

/** A minute entry as saved now, shown as "their version" beside the person's own after a conflict. */
public record EntrySnapshot(String narrative, String decisions, String updatedBy, LocalDateTime updatedAt)
        implements Serializable {

    static EntrySnapshot of(MinuteEntry entry) {
        return new EntrySnapshot(entry.getNarrative(), entry.getDecisions(), entry.getUpdatedBy(), entry.getUpdatedAt());
    }
}
