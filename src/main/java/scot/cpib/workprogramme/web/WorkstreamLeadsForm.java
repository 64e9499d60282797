package scot.cpib.workprogramme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.application.WorkstreamLeads;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * The secretariat's "Change the leads" form on a workstream's page: the leads as written, a role
 * standing for its holder today (decision 77); a stale form keeps what was typed and shows the saved
 * leads beside it.
 */
@Named
@ViewScoped
public class WorkstreamLeadsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient WorkstreamLeads leads;

    @Inject
    private transient WorkProgrammeQueries queries;

    @Inject
    private transient PageMessages messages;

    @Inject
    private transient WorkstreamPage page;

    private Long workstreamId;
    private long version;
    private String written;
    private String theirs;
    private boolean open;

    /** Fills the form from the workstream the page shows (the first request only). */
    public void load() {
        Workstream workstream = page.getWorkstream();
        if (workstream == null || workstreamId != null) {
            return;
        }
        workstreamId = workstream.getId();
        version = workstream.getVersion();
        written = workstream.getLeadLabel();
        open = leads.canAssign(workstream);
    }

    public String save() {
        try {
            Workstream saved = leads.assign(workstreamId, version, written);
            messages.info("workstream.leads.saved", saved.getNumberedTitle(), saved.getLeads().isEmpty()
                    ? PageMessages.text("workprogramme.lead.toBeAgreed") : saved.getLeadLabel());
            return "/work-programme/workstream?faces-redirect=true&id=" + workstreamId;
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(String.class);
            version = queries.getWorkstream(workstreamId).getVersion();
            messages.conflict("leadsForm:leads");
        } catch (DomainException e) {
            messages.error(e, "leadsForm");
        }
        return null;
    }

    /** Whether the form is shown: the secretariat, on an active workstream of a draft or current version. */
    public boolean isOpen() {
        return open;
    }

    public String getWritten() {
        return written;
    }

    public void setWritten(String written) {
        this.written = written;
    }

    /** The leads saved meanwhile by someone else, as text ("" when none), or null without a conflict. */
    public String getTheirs() {
        return theirs;
    }
}
