package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        List<ReportingPeriod> all = periods(programme);
        ReportingPeriod period = periodId == null
                ? all.stream().reduce((a, b) -> b).orElseThrow(() -> new NotFoundException("ReportingPeriod", programmeId))
                : all.stream().filter(p -> p.getId().equals(periodId)).findFirst()
                        .orElseThrow(() -> new NotFoundException("ReportingPeriod", periodId));
        List<ReportingPeriod> upTo = all.stream().filter(p -> !p.getEndsOn().isAfter(period.getEndsOn())).toList();
        List<Workstream> workstreams = programme.getWorkstreams().stream()
                .sorted(Comparator.comparingInt(Workstream::getNumber)).toList();
        Map<Workstream, List<AgreedAction>> actions = queries.actionsOfEach(workstreams);
        List<ProgressReport.Strand> strands = workstreams.stream()
                .map(ws -> new ProgressReport.Strand(ws, actions.get(ws), queries.history(ws)))
                .filter(strand -> strand.workstream().isActive() || strand.updateFor(period).isPresent())
                .toList();
        return new ProgressReport(programme, period, upTo, strands, clock.today());
    }

    /** Whether there is a period to report on: one of the version's own or of a version it continues. */
    public boolean isReportable(WorkProgramme programme) {
        return !periods(programme).isEmpty();
    }

    /** The reporting periods of the version and of the versions its workstreams continue, oldest first. */
    private List<ReportingPeriod> periods(WorkProgramme programme) {
        Set<WorkProgramme> versions = new LinkedHashSet<>(List.of(programme));
        programme.getWorkstreams().forEach(ws -> queries.lineage(ws).forEach(w -> versions.add(w.getProgramme())));
        return em.createQuery(
                        "SELECT r FROM ReportingPeriod r WHERE r.programme IN :versions ORDER BY r.endsOn, r.id", ReportingPeriod.class)
                .setParameter("versions", versions).getResultList();
    }
}
