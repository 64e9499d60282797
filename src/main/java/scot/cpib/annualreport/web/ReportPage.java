package scot.cpib.annualreport.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.ReportSection;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/** A report's sections with their figures and narrative; the secretariat refreshes the figures (review: {@link ReviewPanel}). */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AnnualReports reports;

    @Inject
    private transient PageMessages messages;

    private Long id;
    private long version;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        reports.find(id).ifPresentOrElse(r -> version = r.getVersion(), () -> NotFoundPage.send(faces));
    }

    public AnnualReport getReport() {
        return reports.find(id).orElse(null);
    }

    public List<ReportSection> getSections() {
        AnnualReport report = getReport();
        return report == null ? List.of() : report.getSections();
    }

    public boolean isCanEdit() {
        return reports.canEdit();
    }

    public String refresh() {
        try {
            int changed = reports.refresh(id).size();
            messages.info(changed == 0 ? "report.refreshed.none" : "report.refreshed", changed);
            return "/reports/view?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error(e, "actions");
            return null;
        }
    }

    public long getVersion() {
        return version;
    }

    void reloadVersion() {
        AnnualReport now = getReport();
        version = now == null ? version : now.getVersion();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
