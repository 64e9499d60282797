package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.MappingKind;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.domain.WorkstreamMapping;

/**
 * On approval of a revision, moves the outstanding actions of the version it supersedes to the
 * workstream that continues theirs: carried over or merged – the one successor; split – the part the
 * secretariat chose for the action; retired – the action stays where it was. An action linked to an
 * activity follows to the activity of the same description in the successor, if there is one.
 */
@ApplicationScoped
public class RevisionRelinker {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /** Outstanding actions linked to workstreams the revision splits, with the parts to choose from. */
    public List<SplitChoice> splitChoices(WorkProgramme revision) {
        List<SplitChoice> choices = new ArrayList<>();
        for (AgreedAction action : outstandingOf(revision.getPrevious())) {
            List<WorkstreamMapping> successors = successors(action.getWorkstream(), revision);
            if (!successors.isEmpty() && successors.get(0).getKind() == MappingKind.SPLIT) {
                choices.add(new SplitChoice(action, successors.stream().map(WorkstreamMapping::getTo)
                        .sorted(Comparator.comparingInt(Workstream::getNumber)).toList()));
            }
        }
        return choices;
    }

    ApprovalResult relink(WorkProgramme revision, Map<Long, Long> splitChoices) {
        int followed = 0;
        int stayed = 0;
        for (AgreedAction action : outstandingOf(revision.getPrevious())) {
            Workstream from = action.getWorkstream();
            Workstream to = successorFor(action, successors(from, revision), splitChoices == null ? Map.of() : splitChoices);
            if (to == null) {
                stayed++;
                continue;
            }
            Activity activity = action.getActivity() == null ? null : to.getActivities().stream()
                    .filter(a -> a.getDescription().equals(action.getActivity().getDescription())).findFirst().orElse(null);
            action.linkTo(to, activity);
            audit.change(action, "workstream", from.getNumberedTitle() + " (version " + from.getProgramme().getVersionNumber() + ")",
                    to.getNumberedTitle() + " (version " + to.getProgramme().getVersionNumber() + ")",
                    "Action " + action.getReference() + " follows its workstream into version " + revision.getVersionNumber());
            followed++;
        }
        return new ApprovalResult(followed, stayed);
    }

    private static Workstream successorFor(AgreedAction action, List<WorkstreamMapping> successors, Map<Long, Long> choices) {
        if (successors.isEmpty() || successors.get(0).getKind() == MappingKind.RETIRED) {
            return null;
        }
        if (successors.get(0).getKind() != MappingKind.SPLIT) {
            return successors.get(0).getTo();
        }
        Long chosen = choices.get(action.getId());
        return successors.stream().map(WorkstreamMapping::getTo).filter(w -> w.getId().equals(chosen)).findFirst()
                .orElseThrow(() -> new DomainException("revisions.approve.splitChoice", null, action.getReference()));
    }

    private static List<WorkstreamMapping> successors(Workstream workstream, WorkProgramme revision) {
        return workstream.getSuccessors().stream().filter(m -> m.getProgramme().equals(revision)).toList();
    }

    private List<AgreedAction> outstandingOf(WorkProgramme programme) {
        if (programme == null) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM AgreedAction a WHERE a.workstream.programme = :p ORDER BY a.reference", AgreedAction.class)
                .setParameter("p", programme).getResultList().stream().filter(AgreedAction::isOutstanding).toList();
    }
}
