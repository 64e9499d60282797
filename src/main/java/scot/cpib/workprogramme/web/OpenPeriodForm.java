package scot.cpib.workprogramme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.workprogramme.application.PeriodDraft;
import scot.cpib.workprogramme.application.ReportingPeriods;
import scot.cpib.workprogramme.domain.ReportingPeriod;

/**
 * The "Open a reporting period" form of the period page, for the programme the page shows; what was
 * typed stays when a rule is broken.
 */
@Named
@ViewScoped
public class OpenPeriodForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReportingPeriods periods;

    @Inject
    private transient PageMessages messages;

    @Inject
    private ReportingPeriodPage page;

    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate deadline;

    public String open() {
        Long programme = page.getProgramme();
        try {
            ReportingPeriod opened = periods.open(programme, new PeriodDraft(title, startsOn, endsOn, deadline));
            messages.info("periods.open.done", opened.getTitle());
            return "/work-programme/period?faces-redirect=true&programme=" + programme + "&period=" + opened.getId();
        } catch (DomainException e) {
            messages.error(e, "open");
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
