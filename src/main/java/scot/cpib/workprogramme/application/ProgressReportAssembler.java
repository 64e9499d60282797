package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.workprogramme.domain.ProgressReport;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * Gathers what a progress report shows for a programme the caller may see and one of its reporting
 * periods (the latest when none is named): the workstreams, the periods up to that one for the RAG
 * history, and the actions linked to each workstream, as at today. A revised programme reports
 * through its workstreams' lineage: the periods of the versions it continues count too, so a
 * revision before its first period of its own shows its workstreams with their predecessors' RAG.
 */
@ApplicationScoped
public class ProgressReportAssembler {

    @Inject
    private BoardClock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VisibleProgrammes programmes;

    @Inject
    private WorkProgrammeQueries queries;

    public ProgressReport assemble(long programmeId, Long periodId) {
        WorkProgramme programme = programmes.programme(programmeId);
        List<Workstream> workstreams = workstreamsOf(programme);
        List<ReportingPeriod> all = periods(programme, workstreams);
        ReportingPeriod period = periodId == null
                ? all.stream().reduce((a, b) -> b).orElseThrow(() -> new NotFoundException("ReportingPeriod", programmeId))
                : all.stream().filter(p -> p.getId().equals(periodId)).findFirst()
                        .orElseThrow(() -> new NotFoundException("ReportingPeriod", periodId));
        List<ReportingPeriod> upTo = all.stream().filter(p -> !p.getEndsOn().isAfter(period.getEndsOn())).toList();
        Map<Workstream, List<AgreedAction>> actions = queries.actionsOfEach(workstreams);
        List<ProgressReport.Strand> strands = workstreams.stream()
                .map(ws -> new ProgressReport.Strand(ws, actions.get(ws), queries.history(ws)))
                .filter(strand -> strand.workstream().isActive() || strand.updateFor(period).isPresent())
                .toList();
        return new ProgressReport(programme, period, upTo, strands, clock.today());
    }

    /** Whether there is a period to report on: one of the version's own or of a version it continues. */
    public boolean isReportable(WorkProgramme programme) {
        return !periods(programme, programme.getWorkstreams()).isEmpty();
    }

    /**
     * The programme's workstreams by number, with what the report shows of each read in one query
     * per kind for them all (IN-batches), not one set per workstream as each lazy list is first
     * touched: leads, updates and their periods, activities and their owners, predecessors and the
     * workstreams they continue with their updates (issue 13: 117 statements for a programme of ten
     * workstreams at national scale). Read before the programme's own list of workstreams is touched,
     * so that these are the instances the report uses.
     */
    private List<Workstream> workstreamsOf(WorkProgramme programme) {
        TypedQuery<Workstream> query = em.createQuery("SELECT w FROM Workstream w WHERE w.programme = :programme ORDER BY w.number",
                Workstream.class).setParameter("programme", programme);
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("w.leads", "w.leads.person", "w.leads.person.organisation", "w.leads.organisation", "w.leads.group",
                "w.updates", "w.updates.period",
                "w.activities", "w.activities.owners", "w.activities.owners.person", "w.activities.owners.person.organisation",
                "w.activities.owners.organisation", "w.activities.owners.group",
                "w.predecessors", "w.predecessors.from", "w.predecessors.from.programme", "w.predecessors.from.updates",
                "w.predecessors.from.updates.period", "w.predecessors.from.predecessors")) {
            query.setHint("eclipselink.batch", path);
        }
        return query.getResultList().stream().sorted(Comparator.comparingInt(Workstream::getNumber)).toList();
    }

    /** The reporting periods of the version and of the versions its workstreams continue, oldest first. */
    private List<ReportingPeriod> periods(WorkProgramme programme, List<Workstream> workstreams) {
        Set<WorkProgramme> versions = new LinkedHashSet<>(List.of(programme));
        workstreams.forEach(ws -> queries.lineage(ws).forEach(w -> versions.add(w.getProgramme())));
        return em.createQuery(
                        "SELECT r FROM ReportingPeriod r WHERE r.programme IN :versions ORDER BY r.endsOn, r.id", ReportingPeriod.class)
                .setParameter("versions", versions).getResultList();
    }
}
