package scot.cpib.annualreport.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.application.SectionSnapshot;
import scot.cpib.annualreport.domain.ReportSection;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/**
 * The secretariat writes a section's narrative beside its figures. A save over someone else's shows their
 * text and keeps what was typed.
 */
@Named
@ViewScoped
public class SectionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AnnualReports reports;

    @Inject
    private transient PageMessages messages;

    private Long id;
    private long version;
    private String narrative;
    private SectionSnapshot theirs;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        ReportSection section = getSection();
        if (section == null || !reports.canEdit()) {
            NotFoundPage.send(faces);
            return;
        }
        version = section.getVersion();
        narrative = section.getNarrative();
    }

    public ReportSection getSection() {
        return reports.findSection(id).orElse(null);
    }

    public String save() {
        try {
            ReportSection saved = reports.saveNarrative(id, version, narrative);
            messages.info("report.narrative.saved");
            return "/reports/view?faces-redirect=true&id=" + saved.getReport().getId();
        } catch (ConcurrentEditException e) {
            theirs = e.theirs(SectionSnapshot.class);
            version = theirs.version();
            messages.conflict("narrative");
        } catch (DomainException e) {
            messages.error(e, "section");
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public SectionSnapshot getTheirs() {
        return theirs;
    }
}
