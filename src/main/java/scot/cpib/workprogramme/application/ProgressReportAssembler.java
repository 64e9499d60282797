package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.reporting.domain.ProgressReport;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.web.Formats;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * Gathers what a progress report shows for a programme the caller may see and one of its reporting
 * periods (the latest when none is named): the workstreams, the periods up to that one for the RAG
 * history, and the actions linked to each workstream, as at today.
 */
@ApplicationScoped
public class ProgressReportAssembler {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VisibleProgrammes programmes;

    public ProgressReport assemble(long programmeId, Long periodId) {
        WorkProgramme programme = programmes.programme(programmeId);
        List<ReportingPeriod> all = em.createQuery(
                        "SELECT r FROM ReportingPeriod r WHERE r.programme = :p ORDER BY r.endsOn, r.id", ReportingPeriod.class)
                .setParameter("p", programme).getResultList();
        ReportingPeriod period = periodId == null
                ? all.stream().reduce((a, b) -> b).orElseThrow(() -> new NotFoundException("ReportingPeriod", programmeId))
                : all.stream().filter(p -> p.getId().equals(periodId)).findFirst()
                        .orElseThrow(() -> new NotFoundException("ReportingPeriod", periodId));
        List<ReportingPeriod> upTo = all.stream().filter(p -> !p.getEndsOn().isAfter(period.getEndsOn())).toList();
        Map<Workstream, List<AgreedAction>> actions = em.createQuery(
                        "SELECT a FROM AgreedAction a WHERE a.workstream.programme = :p", AgreedAction.class)
                .setParameter("p", programme).getResultList().stream()
                .collect(Collectors.groupingBy(AgreedAction::getWorkstream));
        List<ProgressReport.Strand> strands = programme.getWorkstreams().stream()
                .filter(ws -> ws.isActive() || ReportingPeriods.updateFor(ws, period).isPresent())
                .sorted(Comparator.comparingInt(Workstream::getNumber))
                .map(ws -> new ProgressReport.Strand(ws, actions.getOrDefault(ws, List.of())))
                .toList();
        return new ProgressReport(programme, period, upTo, strands, LocalDate.now(Formats.LONDON));
    }
}
