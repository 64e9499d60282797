package scot.cpib.workprogramme.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.web.IdConverter;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.workprogramme.application.ProgressUpdates;
import scot.cpib.workprogramme.application.UpdateSnapshot;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Rag;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * The progress update form: a new update for the workstream's open reporting period
 * ({@code ?workstream=}), or a correction of one ({@code ?update=}) kept at the version it was opened
 * at, so a conflicting save shows both versions. Only the workstream's leads and the secretariat get
 * the form; anyone else gets "not found".
 */
@Named
@ViewScoped
public class UpdatePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Rag> CHOICES = List.of(Rag.GREEN, Rag.AMBER, Rag.RED);

    @Inject
    private transient ProgressUpdates updates;

    @Inject
    private transient WorkProgrammeQueries queries;

    @Inject
    private transient PageMessages messages;

    private String workstreamParam;
    private String updateParam;
    private Long workstreamId;
    private Long updateId;
    private long version;
    private final UpdateFields fields = new UpdateFields();
    private UpdateSnapshot conflict;

    /** Opens the form on the first request; a workstream or update the caller may not write is the 404 page. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || workstreamId != null) {
            return;
        }
        try {
            if (updateParam != null) {
                ProgressUpdate update = updates.getCorrectable(IdConverter.parse(updateParam));
                updateId = update.getId();
                version = update.getVersion();
                workstreamId = update.getWorkstream().getId();
                fields.fill(update.toContent());
            } else {
                workstreamId = updates.getWritable(IdConverter.parse(workstreamParam)).getId();
            }
        } catch (NotFoundException e) {
            NotFoundPage.send();
        }
    }

    /** Saves the update; on success shows the workstream page with it in the history. */
    public String save() {
        conflict = null;
        try {
            if (updateId == null) {
                updates.submit(workstreamId, fields.toContent());
                messages.info("workprogramme.update.saved", getWorkstream().getNumberedTitle());
            } else {
                updates.correct(updateId, version, fields.toContent());
                messages.info("workprogramme.update.corrected", getWorkstream().getNumberedTitle());
            }
            return "/work-programme/workstream?faces-redirect=true&id=" + workstreamId;
        } catch (ConcurrentEditException e) {
            conflict = e.theirs(UpdateSnapshot.class);
            version = updates.getCorrectable(updateId).getVersion();
            messages.conflict(null);
        } catch (DomainException e) {
            messages.error(e, "update");
        }
        return null;
    }

    public Workstream getWorkstream() {
        return queries.getWorkstream(workstreamId);
    }

    /** The period the update is for: the one being corrected, or the open one. */
    public ReportingPeriod getPeriod() {
        if (updateId != null) {
            return updates.getCorrectable(updateId).getPeriod();
        }
        return updates.openPeriod(getWorkstream().getProgramme()).orElse(null);
    }

    public boolean isCorrection() {
        return updateId != null;
    }

    public List<Rag> getChoices() {
        return CHOICES;
    }

    public UpdateFields getFields() {
        return fields;
    }

    public UpdateSnapshot getConflict() {
        return conflict;
    }

    public String getWorkstreamParam() {
        return workstreamParam;
    }

    public void setWorkstreamParam(String workstreamParam) {
        this.workstreamParam = workstreamParam;
    }

    public String getUpdateParam() {
        return updateParam;
    }

    public void setUpdateParam(String updateParam) {
        this.updateParam = updateParam;
    }
}
