package scot.cpib.reporting.domain;

import java.util.List;
import java.util.Objects;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.InterestDeclaration;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.StandingKind;
import scot.cpib.minutes.domain.MinuteEntry;

/**
 * A meeting's minute as documents print it: the meeting (attendance, approval state), its entries,
 * its agreed actions and the interests declared on its items.
 */
public record PreviousMinute(Meeting meeting, List<MinuteEntry> entries, List<AgreedAction> actions,
                             List<InterestDeclaration> declarations) {

    public PreviousMinute {
        Objects.requireNonNull(meeting);
        entries = List.copyOf(entries);
        actions = List.copyOf(actions);
        declarations = declarations == null ? List.of() : List.copyOf(declarations);
    }

    /** A minute without declarations of interest. */
    public PreviousMinute(Meeting meeting, List<MinuteEntry> entries, List<AgreedAction> actions) {
        this(meeting, entries, actions, List.of());
    }

    /** The declarations made on one item, in the order given. */
    public List<InterestDeclaration> declarationsOn(AgendaItem item) {
        return declarations.stream().filter(d -> d.getAgendaItem().equals(item)).toList();
    }

    /** Whether the item is the standing "Declarations of interest" item, under which the minute lists them all. */
    public static boolean isDeclarationsItem(AgendaItem item) {
        return item.getStandingKind() == StandingKind.DECLARATIONS_OF_INTEREST;
    }

    /** Draft until the board approves it at a later meeting. */
    public boolean isDraft() {
        return !meeting.isMinuteLocked();
    }
}
