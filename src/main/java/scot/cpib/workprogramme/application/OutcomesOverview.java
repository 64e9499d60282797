package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.application.Directory;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.OutcomeTerm;
import scot.cpib.workprogramme.domain.OutcomesFramework;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * Reads the board's outcomes framework against a version of the work programme: per outcome, the
 * workstreams and activities of that version serving it and whether there is evidence, so the
 * overview shows which outcomes have work and evidence behind them and which have none. The
 * framework is public, as the pack is; which versions a caller may see is {@link WorkProgrammeQueries}'s rule.
 */
@ApplicationScoped
public class OutcomesOverview {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Directory directory;

    /** The board's framework (the first recorded, when there were ever several). */
    public Optional<OutcomesFramework> framework() {
        return em.createQuery("SELECT f FROM OutcomesFramework f WHERE f.board.id = :board ORDER BY f.id",
                OutcomesFramework.class).setParameter("board", directory.boardId()).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The outcomes of one term, in number order, with the work of the version behind each. */
    public List<OutcomeRow> rows(OutcomesFramework framework, OutcomeTerm term, WorkProgramme programme) {
        return framework.outcomesOf(term).stream().map(o -> rowOf(o, programme)).toList();
    }

    public OutcomeRow rowOf(FrameworkOutcome outcome, WorkProgramme programme) {
        List<Workstream> serving = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        if (programme != null) {
            for (Workstream workstream : programme.getWorkstreams()) {
                if (workstream.getOutcomes().contains(outcome)) {
                    serving.add(workstream);
                }
                workstream.getActivities().stream().filter(a -> a.getOutcomes().contains(outcome)).forEach(activities::add);
            }
        }
        return new OutcomeRow(outcome, List.copyOf(serving), List.copyOf(activities));
    }

    /** "n of m outcomes have work behind them, k have evidence" for a version. */
    public OutcomesSummary summary(WorkProgramme programme) {
        Optional<OutcomesFramework> framework = framework();
        if (framework.isEmpty() || programme == null) {
            return new OutcomesSummary(0, 0, 0);
        }
        List<FrameworkOutcome> outcomes = framework.get().getOutcomes();
        int withWork = (int) outcomes.stream().filter(o -> rowOf(o, programme).hasWork()).count();
        int withEvidence = (int) outcomes.stream().filter(FrameworkOutcome::hasEvidence).count();
        return new OutcomesSummary(outcomes.size(), withWork, withEvidence);
    }
}
