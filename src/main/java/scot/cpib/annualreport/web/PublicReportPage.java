package scot.cpib.annualreport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import scot.cpib.annualreport.application.ReportPublication;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.shared.web.NotFoundPage;

/** The public pages of the annual report: every published report (earlier years too), and one report to read. */
@Named
@RequestScoped
public class PublicReportPage {

    @Inject
    private ReportPublication publication;

    private Long id;
    private List<AnnualReport> published;

    public void load() throws IOException {
        if (getReport() == null) {
            NotFoundPage.send(FacesContext.getCurrentInstance());
        }
    }

    public AnnualReport getReport() {
        return publication.findPublished(id).orElse(null);
    }

    public List<AnnualReport> getPublished() {
        if (published == null) {
            published = publication.published();
        }
        return published;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
