package scot.cpib.workprogramme.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import scot.cpib.board.domain.OwnerRef;

/** How a revision copies a workstream's content into a workstream of the new version. */
final class WorkstreamCopy {

    private WorkstreamCopy() {
    }

    /**
     * Adds the source's leads, resources and outcomes to the target and, with items, its questions and
     * open activities: numbered as before when the target has none yet, else after the target's own.
     */
    static void into(Workstream source, Workstream target, boolean withItems) {
        List<OwnerRef> leads = new ArrayList<>(target.getLeadRefs());
        leads.addAll(source.getLeadRefs());
        target.assignLeads(leads);
        for (WorkstreamResource link : source.getResources()) {
            if (target.getResources().stream().noneMatch(r -> r.getResource().equals(link.getResource()))) {
                target.linkResource(link.getResource(), link.getNote());
            }
        }
        target.serveAll(source.getOutcomes());
        if (!withItems) {
            return;
        }
        boolean keepNumbers = target.getQuestions().isEmpty() && target.getActivities().isEmpty();
        int next = target.nextItemNumber();
        List<Object> items = new ArrayList<>(source.getQuestions());
        items.addAll(source.getActivities());
        items.sort(Comparator.comparingInt(WorkstreamCopy::numberOf));
        for (Object item : items) {
            if (item instanceof LeadershipQuestion q) {
                target.addCopy(q.copyInto(target, keepNumbers ? q.getNumber() : next++));
            } else if (item instanceof Activity a && a.isOpen()) {
                target.addCopy(a.copyInto(target, keepNumbers ? a.getNumber() : next++));
            }
        }
    }

    private static int numberOf(Object item) {
        return item instanceof LeadershipQuestion q ? q.getNumber() : ((Activity) item).getNumber();
    }
}
