package scot.cpib.annualreport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;

/** The board's annual reports, and for the secretariat the form that starts one for a period. */
@Named
@RequestScoped
public class ReportsPage {

    @Inject
    private AnnualReports reports;

    @Inject
    private PageMessages messages;

    private List<AnnualReport> list;
    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;

    public List<AnnualReport> getReports() {
        if (list == null) {
            list = reports.list();
        }
        return list;
    }

    public boolean isCanStart() {
        return reports.canEdit();
    }

    public String start() {
        try {
            AnnualReport report = reports.start(title, periodStart, periodEnd);
            messages.info("report.started", report.getTitle());
            return "/reports/view?faces-redirect=true&id=" + report.getId();
        } catch (DomainException e) {
            messages.error(e, "start");
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }
}
