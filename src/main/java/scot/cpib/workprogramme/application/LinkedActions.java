package scot.cpib.workprogramme.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import scot.cpib.action.domain.AgreedAction;

/**
 * The agreed actions linked to a workstream (or to the workstreams it continues), in three groups:
 * overdue, open (outstanding and not overdue) and closed (complete, superseded or covered elsewhere).
 */
public record LinkedActions(List<AgreedAction> overdue, List<AgreedAction> open, List<AgreedAction> closed) {

    private static final Comparator<AgreedAction> BY_MEETING = Comparator
            .comparing(AgreedAction::getOriginDate)
            .thenComparing(AgreedAction::getReference);

    /** Sorts the actions into their groups as they stand on the given day. */
    public static LinkedActions of(List<AgreedAction> actions, LocalDate today) {
        List<AgreedAction> sorted = actions.stream().sorted(BY_MEETING).toList();
        return new LinkedActions(
                sorted.stream().filter(a -> a.isOverdueOn(today)).toList(),
                sorted.stream().filter(a -> a.isOutstanding() && !a.isOverdueOn(today)).toList(),
                sorted.stream().filter(a -> !a.isOutstanding()).toList());
    }

    public boolean isEmpty() {
        return overdue.isEmpty() && open.isEmpty() && closed.isEmpty();
    }

    public List<AgreedAction> getOverdue() {
        return overdue;
    }

    public List<AgreedAction> getOpen() {
        return open;
    }

    public List<AgreedAction> getClosed() {
        return closed;
    }
}
