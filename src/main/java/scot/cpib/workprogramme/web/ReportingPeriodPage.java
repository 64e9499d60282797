package scot.cpib.workprogramme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.workprogramme.application.PeriodReturn;
import scot.cpib.workprogramme.application.ReportingPeriods;
import scot.cpib.workprogramme.application.UpdateReminders;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.UpdateReminder;
import scot.cpib.workprogramme.domain.WorkProgramme;

/**
 * The secretariat's reporting period page: choose a programme and period, see which workstreams
 * have an update, remind the leads of those without one, and after the due date record "No update
 * provided". Opening a period is {@link OpenPeriodForm}.
 */
@Named
@ViewScoped
public class ReportingPeriodPage implements Serializable {

    @Inject
    private BoardClock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReportingPeriods periods;

    @Inject
    private transient UpdateReminders reminders;

    @Inject
    private transient PageMessages messages;

    private Long programme;
    private Long period;
    private long periodVersion;
    private transient List<PeriodReturn> returns;
    private transient List<WorkProgramme> programmes;
    private transient List<ReportingPeriod> ofProgramme;
    private transient ReportingPeriod shown;

    /** Picks the newest programme and its latest period when none is named. */
    public void load() {
        List<WorkProgramme> reportable = getProgrammes();
        if (programme == null || reportable.stream().noneMatch(p -> p.getId().equals(programme))) {
            programme = reportable.isEmpty() ? null : reportable.get(0).getId();
        }
        List<ReportingPeriod> choices = getPeriods();
        if (period == null || choices.stream().noneMatch(p -> p.getId().equals(period))) {
            period = choices.isEmpty() ? null : choices.get(0).getId();
        }
        periodVersion = getPeriod() == null ? 0 : getPeriod().getVersion();
    }

    public List<WorkProgramme> getProgrammes() {
        if (programmes == null) {
            programmes = periods.reportableProgrammes();
        }
        return programmes;
    }

    public List<ReportingPeriod> getPeriods() {
        if (ofProgramme == null) {
            ofProgramme = programme == null ? List.of() : periods.periodsOf(programme);
        }
        return ofProgramme;
    }

    public ReportingPeriod getPeriod() {
        if (shown == null && period != null) {
            // the period chosen is one of the programme's, read with them: not read again on its own
            shown = getPeriods().stream().filter(p -> p.getId().equals(period)).findFirst()
                    .orElseGet(() -> periods.findPeriod(period).orElse(null));
        }
        return shown;
    }

    public List<PeriodReturn> getReturns() {
        if (returns == null) {
            returns = period == null ? List.of() : periods.returns(period);
        }
        return returns;
    }

    public long getMissingCount() {
        return getReturns().stream().filter(PeriodReturn::isMissing).count();
    }

    /** Every reminder of the period, newest first. */
    public List<UpdateReminder> getReminders() {
        return getReturns().stream().flatMap(r -> r.reminders().stream())
                .sorted(Comparator.comparing(UpdateReminder::getSentAt).thenComparing(UpdateReminder::getId).reversed())
                .toList();
    }

    public boolean isPastDue() {
        ReportingPeriod p = getPeriod();
        return p != null && p.isPastDueOn(clock.today());
    }

    public String remind(Long workstreamId) {
        try {
            return reported(List.of(reminders.remind(period, workstreamId)));
        } catch (DomainException e) {
            messages.error(e, "chase");
            returns = null;
            return null;
        }
    }

    public String remindAll() {
        try {
            return reported(reminders.remindAllMissing(period));
        } catch (DomainException e) {
            messages.error(e, "chase");
            returns = null;
            return null;
        }
    }

    /**
     * Says what became of each reminder. When all went, the page is shown afresh (the messages kept
     * across the redirect); when one did not, the page stays with the failures as errors.
     */
    private String reported(List<UpdateReminder> made) {
        boolean allSent = made.stream().allMatch(r -> r.getOutcome().isSent());
        for (UpdateReminder reminder : made) {
            String ws = reminder.getWorkstream().getNumberedTitle();
            switch (reminder.getOutcome()) {
                case SENT -> messages.info("periods.remind.sent", ws, reminder.getRecipients());
                case NO_ADDRESS -> messages.error((String) null, "periods.remind.notSent.noAddress", ws, reminder.getDetail());
                default -> messages.error((String) null, "periods.remind.notSent", ws, reminder.getDetail());
            }
        }
        if (allSent) {
            return reload();
        }
        returns = null;
        return null;
    }

    public String recordNoUpdate() {
        try {
            int recorded = periods.recordNoUpdateProvided(period, periodVersion);
            messages.info("periods.noUpdate.recorded", recorded);
            return reload();
        } catch (ConcurrentEditException e) {
            messages.error((String) null, "periods.noUpdate.conflict");
        } catch (DomainException e) {
            messages.error(e, "chase");
        }
        returns = null;
        shown = null;
        periodVersion = getPeriod().getVersion();
        return null;
    }

    private String reload() {
        return "/work-programme/period?faces-redirect=true&programme=" + programme + "&period=" + period;
    }

    /** The progress report of the shown period, as a file of the API ("pdf" or "xlsx"). */
    public String reportLink(String extension) {
        return "/api/v1/workprogrammes/" + programme + "/progress-report." + extension + "?period=" + period;
    }

    public Long getProgramme() {
        return programme;
    }

    public void setProgramme(Long programme) {
        this.programme = programme;
    }

    public Long getPeriodId() {
        return period;
    }

    public void setPeriodId(Long period) {
        this.period = period;
    }
}
