package scot.cpib.workprogramme.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.web.IdConverter;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.workprogramme.application.LinkedActions;
import scot.cpib.workprogramme.application.ProgressUpdates;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.MinuteDecisionLink;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * One workstream: aim, leads, leadership questions, activities, resources, outcomes served, linked
 * actions and decisions, and its update history (with the workstreams it continues) as a chart and a
 * table; a "Write update" button for its leads and the secretariat.
 */
@Named
@RequestScoped
public class WorkstreamPage {

    @Inject
    private WorkProgrammeQueries queries;

    @Inject
    private ProgressUpdates updates;

    @Inject
    private CurrentUser currentUser;

    private String id;
    private Workstream workstream;
    private List<ProgressUpdate> history;
    private RagChart chart;
    // The page reads each of these several times while it renders: each is looked up once a request (issue 13).
    private List<ProgressUpdate> ragHistory;
    private LinkedActions actions;
    private List<MinuteDecisionLink> decisions;
    private Optional<ReportingPeriod> openPeriod;

    public void load() {
        Optional<Workstream> found = queries.findWorkstream(IdConverter.parse(id));
        if (found.isEmpty()) {
            NotFoundPage.send();
            return;
        }
        workstream = found.get();
        history = queries.history(workstream);
        ragHistory = queries.ragHistory(workstream);
        chart = new RagChart(ragHistory);
    }

    /**
     * The workstream shown; on a postback that comes back to the page (a form refused), read again
     * from the id the page was opened with.
     */
    public Workstream getWorkstream() {
        if (workstream == null && id != null && FacesContext.getCurrentInstance().isPostback()) {
            queries.findWorkstream(IdConverter.parse(id)).ifPresent(found -> {
                workstream = found;
                history = queries.history(found);
                ragHistory = queries.ragHistory(found);
                chart = new RagChart(ragHistory);
            });
        }
        return workstream;
    }

    /** Every update of the workstream and those it continues, newest first. */
    public List<ProgressUpdate> getHistory() {
        if (getWorkstream() == null || history == null) {
            return List.of(); // a postback of the header's sign-out form builds the view without loading it
        }
        List<ProgressUpdate> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public List<ProgressUpdate> getRagHistory() {
        return getWorkstream() == null || ragHistory == null ? List.of() : ragHistory;
    }

    public RagChart getChart() {
        getWorkstream();
        return chart;
    }

    /** The workstreams of earlier versions this one continues (for "continues …" and their updates). */
    public List<Workstream> getContinues() {
        if (getWorkstream() == null) {
            return List.of();
        }
        return queries.lineage(workstream).stream().filter(w -> !w.equals(workstream)).toList();
    }

    public List<FrameworkOutcome> getOutcomes() {
        if (getWorkstream() == null) {
            return List.of();
        }
        return workstream.getOutcomes().stream()
                .sorted(Comparator.comparing(FrameworkOutcome::getTerm).thenComparingInt(FrameworkOutcome::getNumber))
                .toList();
    }

    public LinkedActions getActions() {
        if (actions == null && getWorkstream() != null) {
            actions = queries.linkedActions(workstream);
        }
        return actions;
    }

    public List<MinuteDecisionLink> getDecisions() {
        if (decisions == null) {
            decisions = getWorkstream() == null ? List.of() : queries.decisions(workstream);
        }
        return decisions;
    }

    public boolean isActionsShown() {
        return currentUser.isBoardReader();
    }

    /** Whether the caller may write an update now: a lead or the secretariat, with a period open. */
    public boolean isWritable() {
        return workstream != null && workstream.isActive() && updates.canWrite(workstream) && getOpenPeriod() != null
                && workstream.getProgramme().getStatus() != ProgrammeStatus.DRAFT;
    }

    /** Whether the caller may correct this update (not a recorded "no update provided"). */
    public boolean isCorrectable(ProgressUpdate update) {
        return !update.isNoUpdate() && update.getWorkstream().isActive() && updates.canWrite(update.getWorkstream());
    }

    public ReportingPeriod getOpenPeriod() {
        if (openPeriod == null) {
            openPeriod = getWorkstream() == null ? Optional.empty() : updates.openPeriod(workstream.getProgramme());
        }
        return openPeriod.orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
