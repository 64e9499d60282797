package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.cpib.board.application.Directory;
import scot.cpib.shared.infrastructure.VersionedCache;
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

    /** The overview's "n of m outcomes" line of each version, kept under the data version. */
    private final VersionedCache<List<Long>, OutcomesSummary> summaries = new VersionedCache<>(64, Duration.ofMinutes(10));

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

    /**
     * "n of m outcomes have work behind them, k have evidence" for a version: counted in the database,
     * three queries whatever the number of outcomes, workstreams and activities (issue 13), where
     * reading each outcome's work and evidence took one query per workstream, activity and outcome.
     * An outcome has work behind it when a workstream of the version, or an activity of one, serves it.
     */
    public OutcomesSummary summary(WorkProgramme programme) {
        if (programme == null) {
            return new OutcomesSummary(0, 0, 0);
        }
        // the same for every caller: kept while nothing changes (decision 89), keyed by board and version
        return summaries.get(List.of(directory.boardId(), programme.getId()), () -> count(programme));
    }

    private OutcomesSummary count(WorkProgramme programme) {
        String outcomesOfTheFramework = "SELECT COUNT(o) FROM FrameworkOutcome o WHERE o.framework.id ="
                + " (SELECT MIN(f.id) FROM OutcomesFramework f WHERE f.board.id = :board)";
        long board = directory.boardId();
        long outcomes = em.createQuery(outcomesOfTheFramework, Long.class).setParameter("board", board).getSingleResult();
        if (outcomes == 0) {
            return new OutcomesSummary(0, 0, 0);
        }
        long withWork = em.createQuery(outcomesOfTheFramework
                        + " AND (EXISTS (SELECT w FROM Workstream w JOIN w.outcomes wo WHERE wo = o AND w.programme = :programme)"
                        + " OR EXISTS (SELECT a FROM Activity a JOIN a.outcomes ao WHERE ao = o AND a.workstream.programme = :programme))",
                        Long.class)
                .setParameter("board", board).setParameter("programme", programme).getSingleResult();
        long withEvidence = em.createQuery(outcomesOfTheFramework
                        + " AND EXISTS (SELECT e FROM OutcomeEvidence e WHERE e.outcome = o)", Long.class)
                .setParameter("board", board).getSingleResult();
        return new OutcomesSummary((int) outcomes, (int) withWork, (int) withEvidence);
    }
}
