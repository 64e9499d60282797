package scot.cpib.annualreport.application;

import static scot.cpib.annualreport.application.ReportFigures.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import scot.cpib.annualreport.domain.Figure;
import scot.cpib.shared.domain.UkDates;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.OutcomeEvidence;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Workstream;

/** The work programme's figures of a report: workstreams' RAG over the period and difference made; outcome evidence. */
@ApplicationScoped
public class WorkFigures {

    @PersistenceContext
    private EntityManager em;

    /**
     * Each workstream with an update for a reporting period overlapping the report's: its RAG in each such
     * period, earliest first, and the difference it made where the lead wrote one.
     */
    List<Figure> workstreams(ReportPeriod period) {
        List<ProgressUpdate> updates = em.createQuery("SELECT u FROM ProgressUpdate u WHERE u.workstream.programme.board = :board"
                        + " AND u.period.startsOn <= :end AND u.period.endsOn >= :start"
                        + " ORDER BY u.workstream.programme.versionNumber, u.workstream.number, u.period.startsOn", ProgressUpdate.class)
                .setParameter("board", period.board()).setParameter("start", period.start()).setParameter("end", period.end())
                .getResultList();
        Map<Workstream, List<ProgressUpdate>> byWorkstream = updates.stream()
                .collect(Collectors.groupingBy(ProgressUpdate::getWorkstream, LinkedHashMap::new, Collectors.toList()));
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(text("report.figure.workstreamsReported"), String.valueOf(byWorkstream.size())));
        byWorkstream.forEach((workstream, theirs) -> {
            figures.add(new Figure(text("report.figure.workstreamRag", workstream.getNumberedTitle()), theirs.stream()
                    .map(u -> text("report.figure.periodRag", u.getPeriod().getTitle(), text("report.rag." + u.getRag().name())))
                    .collect(Collectors.joining("; "))));
            theirs.stream().filter(u -> u.getDifferenceMade() != null && !u.getDifferenceMade().isBlank())
                    .forEach(u -> figures.add(new Figure(text("report.figure.differenceMade", workstream.getNumberedTitle(),
                            u.getPeriod().getTitle()), u.getDifferenceMade())));
        });
        return figures;
    }

    /** The outcomes evidence recorded in the period, outcome by outcome, and how many outcomes have any. */
    List<Figure> outcomes(ReportPeriod period) {
        List<OutcomeEvidence> evidence = em.createQuery("SELECT e FROM OutcomeEvidence e WHERE e.outcome.framework.board = :board"
                        + " AND e.recordedOn BETWEEN :start AND :end ORDER BY e.outcome.term, e.outcome.number, e.recordedOn, e.id",
                        OutcomeEvidence.class)
                .setParameter("board", period.board()).setParameter("start", period.start()).setParameter("end", period.end())
                .getResultList();
        long outcomes = em.createQuery("SELECT COUNT(o) FROM FrameworkOutcome o WHERE o.framework.board = :board", Long.class)
                .setParameter("board", period.board()).getSingleResult();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(text("report.figure.evidenceRecorded"), String.valueOf(evidence.size())));
        figures.add(new Figure(text("report.figure.outcomesWithEvidence"), text("report.figure.outOf",
                evidence.stream().map(OutcomeEvidence::getOutcome).distinct().count(), outcomes)));
        for (OutcomeEvidence item : evidence) {
            figures.add(new Figure(outcomeLabel(item.getOutcome()), item.getSource() == null
                    ? text("report.figure.evidence", item.getSummary(), UkDates.date(item.getRecordedOn()))
                    : text("report.figure.evidenceWithSource", item.getSummary(), item.getSource(), UkDates.date(item.getRecordedOn()))));
        }
        return figures;
    }

    private static String outcomeLabel(FrameworkOutcome outcome) {
        return text("report.figure.outcome", text("report.term." + outcome.getTerm().name()), outcome.getNumber(), outcome.getStatement());
    }
}
