package scot.cpib.workprogramme.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Predicate;
import scot.cpib.action.application.OwnedAction;
import scot.cpib.action.web.MyOutstandingActions;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.workprogramme.application.ProgressUpdates;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * A lead's home page: the workstreams they lead in the current programme with their latest status
 * and whether this period's update is written (one click to write it), the workstreams a draft
 * revision would give them, their outstanding actions, and what is due this period.
 */
@Named
@RequestScoped
public class LeadHomePage {

    @Inject
    private BoardClock clock;

    @Inject
    private WorkProgrammeQueries queries;

    @Inject
    private ProgressUpdates updates;

    @Inject
    private MyOutstandingActions mine;

    private WorkProgramme current;
    private ReportingPeriod period;
    private List<MyWorkstream> workstreams;
    private List<Workstream> proposed;
    private List<WorkProgramme> versions = List.of();
    private Predicate<Workstream> ledByMe;

    public void load() {
        // every version read once: the current one and the newest (a draft revision) are among them
        versions = queries.versions();
        current = versions.stream().filter(p -> p.getStatus() == ProgrammeStatus.CURRENT).findFirst().orElse(null);
        period = current == null ? null : updates.openPeriod(current).orElse(null);
        workstreams = current == null ? List.of() : current.getWorkstreams().stream().filter(ledByMe())
                .map(w -> new MyWorkstream(w, queries.latestUpdate(w).orElse(null), writtenFor(w),
                        w.isActive() && period != null && updates.canWriteWhatTheyLead()))
                .toList();
    }

    /** Whether the signed-in person leads the workstream (their groups read once a request). */
    private Predicate<Workstream> ledByMe() {
        if (ledByMe == null) {
            ledByMe = queries.ledByMe();
        }
        return ledByMe;
    }

    private boolean writtenFor(Workstream workstream) {
        return period != null && workstream.getUpdates().stream()
                .anyMatch(u -> u.getPeriod().equals(period) && !u.isNoUpdate());
    }

    public WorkProgramme getCurrent() {
        return current;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public List<MyWorkstream> getWorkstreams() {
        return workstreams;
    }

    /** The workstreams still without this period's update. */
    public List<MyWorkstream> getDue() {
        return workstreams.stream().filter(w -> !w.written()).toList();
    }

    /** Workstreams a draft revision before the board would give this person. */
    public List<Workstream> getProposed() {
        if (proposed == null) {
            proposed = versions.stream().findFirst().filter(p -> p.getStatus() == ProgrammeStatus.DRAFT)
                    .map(p -> p.getWorkstreams().stream().filter(ledByMe()).toList()).orElse(List.of());
        }
        return proposed;
    }

    /** My open and in-progress actions, overdue first. */
    public List<OwnedAction> getActions() {
        return mine.list();
    }

    public boolean isOverdue(OwnedAction action) {
        return action.isOverdueOn(clock.today());
    }

    /** One of my workstreams: its latest update (or null), whether this period's is written, whether I may write now. */
    public record MyWorkstream(Workstream workstream, ProgressUpdate latest, boolean written, boolean writable) {
    }
}
