package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.application.Directory;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.LeadershipQuestion;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.domain.WorkstreamMapping;
import scot.cpib.workprogramme.domain.WorkstreamResource;

/**
 * Reads a workstream as its page shows it, in one transaction and so one persistence context, one
 * query per kind of thing (issue 13), as {@code ProgrammeListing} reads it for the API. Read outside a
 * transaction, each query's entities were detached as soon as it returned: the updates read their
 * workstream and its version again by id, and every list the page touched was a query of its own (20
 * statements at national scale). Here a row that refers back to something read before (an update to
 * its workstream and period, an activity to its workstream) finds it in the persistence context.
 *
 * <p>No batch hints beside the join fetches: joining the version of a workstream read by id beside
 * {@code eclipselink.batch} hints left every batched list empty (docs/performance.md). Each list the
 * page shows is read by a query of its own and handed to the page in a {@link WorkstreamView}; the
 * workstream's own lazy lists of questions, activities and resources are not touched.
 */
@ApplicationScoped
public class WorkstreamReads {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Directory directory;

    @Inject
    private WorkProgrammeQueries queries;

    @Inject
    private BoardClock clock;

    /**
     * The workstream of this board's programme with everything its page shows, if the caller may see
     * it; the linked actions only when asked for (the public is not shown them).
     */
    @Transactional
    public Optional<WorkstreamView> find(Long id, boolean withActions) {
        Optional<Workstream> found = workstream(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Workstream workstream = found.get();
        List<Workstream> lineage = lineageOf(workstream);
        List<ProgressUpdate> history = new ArrayList<>();
        Optional<ReportingPeriod> openPeriod = periodsWithUpdates(workstream, lineage, history);
        List<Activity> activities = activitiesOf(workstream);
        LinkedActions actions = withActions ? actionsOf(lineage) : null;
        return Optional.of(new WorkstreamView(workstream, lineage.subList(1, lineage.size()), history, openPeriod,
                questionsOf(workstream), activities, resourcesOf(workstream), outcomesOf(workstream), actions,
                queries.decisionsOf(lineage)));
    }

    /**
     * The workstream with its version, its leads (who they are joined) and the mappings to the
     * workstreams it continues (with theirs and their versions) joined: one query. Each join is of a few
     * rows (a workstream has a lead or two and continues one or two workstreams at most).
     */
    private Optional<Workstream> workstream(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        // a text of its own, not WorkProgrammeQueries' (see actionsOf): its join-fetch hints must not meet another's hints
        TypedQuery<Workstream> query = em.createQuery("SELECT w FROM Workstream w WHERE w.id = :id AND w.programme.board.id = :board"
                + " ORDER BY w.id", Workstream.class).setParameter("id", id).setParameter("board", directory.boardId());
        query.setHint("eclipselink.join-fetch", "w.programme");
        for (String path : List.of("w.leads", "w.leads.person", "w.leads.person.organisation", "w.leads.organisation",
                "w.leads.group", "w.predecessors", "w.predecessors.from", "w.predecessors.from.programme")) {
            query.setHint("eclipselink.left-join-fetch", path);
        }
        return query.getResultStream().findFirst().filter(w -> queries.canSee(w.getProgramme()));
    }

    /**
     * The workstream and every workstream of earlier versions it continues, nearest first, as
     * {@link WorkProgrammeQueries#lineage} finds them: the first level is joined to the workstream, each
     * further level is one query for all the workstreams of the level before.
     */
    private List<Workstream> lineageOf(Workstream workstream) {
        Set<Workstream> found = new LinkedHashSet<>(List.of(workstream));
        List<Workstream> level = fromsOf(workstream.getPredecessors());
        while (!level.isEmpty()) {
            List<Workstream> next = new ArrayList<>();
            for (Workstream strand : level) {
                if (found.add(strand)) {
                    next.add(strand);
                }
            }
            level = next.isEmpty() ? List.of() : fromsOf(em.createQuery("SELECT m FROM WorkstreamMapping m WHERE m.to IN :level"
                            + " AND m.from IS NOT NULL ORDER BY m.id", WorkstreamMapping.class).setParameter("level", next)
                    .setHint("eclipselink.join-fetch", "m.from").setHint("eclipselink.join-fetch", "m.from.programme")
                    .getResultList());
        }
        return List.copyOf(found);
    }

    private static List<Workstream> fromsOf(List<WorkstreamMapping> mappings) {
        return mappings.stream().sorted(Comparator.comparing(WorkstreamMapping::getId)).map(WorkstreamMapping::getFrom)
                .filter(from -> from != null).toList();
    }

    /**
     * The reporting periods of the lineage's versions, each with the lineage's updates for it: one query
     * (an update's period is always of its workstream's version). Fills {@code history} with the updates,
     * oldest period first, and answers the workstream's version's open period: its latest by end.
     */
    private Optional<ReportingPeriod> periodsWithUpdates(Workstream workstream, List<Workstream> lineage, List<ProgressUpdate> history) {
        Set<WorkProgramme> versions = new LinkedHashSet<>();
        lineage.forEach(strand -> versions.add(strand.getProgramme()));
        Set<ReportingPeriod> periods = new LinkedHashSet<>();
        Set<ProgressUpdate> updates = new LinkedHashSet<>();
        for (Object[] row : em.createQuery("SELECT r, u FROM ReportingPeriod r LEFT JOIN ProgressUpdate u"
                        + " ON u.period = r AND u.workstream IN :lineage WHERE r.programme IN :versions", Object[].class)
                .setParameter("lineage", lineage).setParameter("versions", List.copyOf(versions)).getResultList()) {
            periods.add((ReportingPeriod) row[0]);
            if (row[1] != null) {
                updates.add((ProgressUpdate) row[1]);
            }
        }
        updates.stream().sorted(ProgressUpdate.CHRONOLOGICAL).forEach(history::add);
        return periods.stream().filter(r -> r.getProgramme().equals(workstream.getProgramme()))
                .max(Comparator.comparing(ReportingPeriod::getEndsOn).thenComparing(ReportingPeriod::getId));
    }

    private List<LeadershipQuestion> questionsOf(Workstream workstream) {
        return em.createQuery("SELECT q FROM LeadershipQuestion q WHERE q.workstream = :w ORDER BY q.number", LeadershipQuestion.class)
                .setParameter("w", workstream).getResultList();
    }

    /** The activities by number, each with its owners (in order) and who they are joined: one query. */
    private List<Activity> activitiesOf(Workstream workstream) {
        TypedQuery<Activity> query = em.createQuery("SELECT a FROM Activity a WHERE a.workstream = :w ORDER BY a.number", Activity.class)
                .setParameter("w", workstream);
        for (String path : List.of("a.owners", "a.owners.person", "a.owners.person.organisation", "a.owners.organisation",
                "a.owners.group")) {
            query.setHint("eclipselink.left-join-fetch", path);
        }
        return query.getResultList().stream().distinct().toList();
    }

    private List<WorkstreamResource> resourcesOf(Workstream workstream) {
        return em.createQuery("SELECT r FROM WorkstreamResource r WHERE r.workstream = :w ORDER BY r.position", WorkstreamResource.class)
                .setParameter("w", workstream).setHint("eclipselink.join-fetch", "r.resource")
                .setHint("eclipselink.left-join-fetch", "r.resource.providerOrganisation").getResultList();
    }

    /** The framework outcomes the workstream serves, by term and number. */
    private List<FrameworkOutcome> outcomesOf(Workstream workstream) {
        return em.createQuery("SELECT o FROM Workstream w JOIN w.outcomes o WHERE w = :w", FrameworkOutcome.class)
                .setParameter("w", workstream).getResultList().stream()
                .sorted(Comparator.comparing(FrameworkOutcome::getTerm).thenComparingInt(FrameworkOutcome::getNumber))
                .toList();
    }

    /**
     * The lineage's linked actions with what the page shows of each joined: the meeting (or engagement)
     * it was agreed at and its owners with who they are. One query; the rows are the actions' owners.
     */
    private LinkedActions actionsOf(List<Workstream> lineage) {
        // The text differs from WorkProgrammeQueries' query with batch hints on purpose: EclipseLink keeps one parsed
        // query per JPQL text, and after that query had run, this one with join-fetch hints returned no actions.
        TypedQuery<AgreedAction> query = em.createQuery("SELECT a FROM AgreedAction a WHERE a.workstream IN :lineage ORDER BY a.id",
                AgreedAction.class)
                .setParameter("lineage", lineage);
        for (String path : List.of("a.meeting", "a.agendaItem", "a.engagementRecord", "a.owners", "a.owners.person", "a.owners.person.organisation",
                "a.owners.organisation", "a.owners.group")) {
            query.setHint("eclipselink.left-join-fetch", path);
        }
        List<AgreedAction> actions = query.getResultList().stream().distinct()
                .sorted(Comparator.comparing(AgreedAction::getReference)).toList();
        return LinkedActions.of(actions, clock.today());
    }
}
