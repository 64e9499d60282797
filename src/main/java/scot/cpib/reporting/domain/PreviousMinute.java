package scot.cpib.reporting.domain;

import java.util.List;
import java.util.Objects;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.domain.MinuteEntry;

/** A meeting's minute as documents print it: the meeting (attendance, approval state), its entries and its agreed actions. */
public record PreviousMinute(Meeting meeting, List<MinuteEntry> entries, List<AgreedAction> actions) {

    public PreviousMinute {
        Objects.requireNonNull(meeting);
        entries = List.copyOf(entries);
        actions = List.copyOf(actions);
    }

    /** Draft until the board approves it at a later meeting. */
    public boolean isDraft() {
        return !meeting.isMinuteLocked();
    }
}
