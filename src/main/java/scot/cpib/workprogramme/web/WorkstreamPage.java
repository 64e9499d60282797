package scot.cpib.workprogramme.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.web.IdConverter;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.workprogramme.application.LinkedActions;
import scot.cpib.workprogramme.application.ProgressUpdates;
import scot.cpib.workprogramme.application.WorkstreamReads;
import scot.cpib.workprogramme.application.WorkstreamView;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.FrameworkOutcome;
import scot.cpib.workprogramme.domain.LeadershipQuestion;
import scot.cpib.workprogramme.domain.MinuteDecisionLink;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.domain.WorkstreamResource;

/**
 * One workstream: aim, leads, leadership questions, activities, resources, outcomes served, linked
 * actions and decisions, and its update history (with the workstreams it continues) as a chart and a
 * table; a "Write update" button for its leads and the secretariat.
 */
@Named
@RequestScoped
public class WorkstreamPage {

    @Inject
    private WorkstreamReads reads;

    @Inject
    private ProgressUpdates updates;

    @Inject
    private CurrentUser currentUser;

    private String id;
    // Everything the page shows, read in one transaction, one query per kind (issue 13).
    private WorkstreamView view;
    private List<ProgressUpdate> ragHistory;
    private RagChart chart;
    private Predicate<Workstream> writable;

    public void load() {
        if (!read()) {
            NotFoundPage.send();
        }
    }

    private boolean read() {
        Optional<WorkstreamView> found = reads.find(IdConverter.parse(id), currentUser.isBoardReader());
        found.ifPresent(shown -> {
            view = shown;
            ragHistory = shown.ragHistory();
            chart = new RagChart(ragHistory);
        });
        return found.isPresent();
    }

    /**
     * The workstream shown; on a postback that comes back to the page (a form refused), read again
     * from the id the page was opened with.
     */
    public Workstream getWorkstream() {
        if (view == null && id != null && FacesContext.getCurrentInstance().isPostback()) {
            read();
        }
        return view == null ? null : view.workstream();
    }

    /** Every update of the workstream and those it continues, newest first. */
    public List<ProgressUpdate> getHistory() {
        if (getWorkstream() == null) {
            return List.of(); // a postback of the header's sign-out form builds the view without loading it
        }
        List<ProgressUpdate> newestFirst = new ArrayList<>(view.history());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public List<ProgressUpdate> getRagHistory() {
        return getWorkstream() == null ? List.of() : ragHistory;
    }

    public RagChart getChart() {
        getWorkstream();
        return chart;
    }

    /** The workstreams of earlier versions this one continues (for "continues …" and their updates). */
    public List<Workstream> getContinues() {
        return getWorkstream() == null ? List.of() : view.continues();
    }

    public List<LeadershipQuestion> getQuestions() {
        return getWorkstream() == null ? List.of() : view.questions();
    }

    public List<Activity> getActivities() {
        return getWorkstream() == null ? List.of() : view.activities();
    }

    public List<WorkstreamResource> getResources() {
        return getWorkstream() == null ? List.of() : view.resources();
    }

    public List<FrameworkOutcome> getOutcomes() {
        return getWorkstream() == null ? List.of() : view.outcomes();
    }

    public LinkedActions getActions() {
        return getWorkstream() == null ? null : view.actions();
    }

    public List<MinuteDecisionLink> getDecisions() {
        return getWorkstream() == null ? List.of() : view.decisions();
    }

    public boolean isActionsShown() {
        return currentUser.isBoardReader();
    }

    /** Whether the caller may write an update now: a lead or the secretariat, with a period open. */
    public boolean isWritable() {
        Workstream workstream = getWorkstream();
        return workstream != null && workstream.isActive() && mayWrite(workstream) && getOpenPeriod() != null
                && workstream.getProgramme().getStatus() != ProgrammeStatus.DRAFT;
    }

    /** Whether the caller may correct this update (not a recorded "no update provided"). */
    public boolean isCorrectable(ProgressUpdate update) {
        return !update.isNoUpdate() && update.getWorkstream().isActive() && mayWrite(update.getWorkstream());
    }

    /** Whether the caller may write this workstream's updates; a lead's groups are read once for all the updates. */
    private boolean mayWrite(Workstream workstream) {
        if (writable == null) {
            writable = updates.writableByCaller();
        }
        return writable.test(workstream);
    }

    public ReportingPeriod getOpenPeriod() {
        return getWorkstream() == null ? null : view.openPeriod().orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
