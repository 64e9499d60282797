package scot.cpib.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.OwnerCount;
import scot.cpib.home.application.ChecklistStep;
import scot.cpib.home.application.MeetingChecklist;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.domain.MailLogEntry;
import scot.cpib.shared.domain.MailStatus;
import scot.cpib.workprogramme.application.PeriodReturn;
import scot.cpib.workprogramme.application.ProgressUpdates;
import scot.cpib.workprogramme.application.ReportingPeriods;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.domain.ReportingPeriod;

/**
 * The secretariat's part of the home page: the next meeting's checklist (and the last meeting's, while its
 * minute is not published), overdue actions by owner, workstream updates missing for the latest period,
 * and e-mails that could not be sent.
 */
@Named
@RequestScoped
public class SecretariatHome {

    /** How many recent e-mails are looked through for failures. */
    static final int MAIL_SCAN = 200;
    static final int FAILED_SHOWN = 5;

    /** Owners shown with their overdue actions; the register lists the rest (a national board has hundreds). */
    static final int OWNERS_SHOWN = 10;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private MeetingChecklist checklist;

    @Inject
    private ActionRegister register;

    @Inject
    private WorkProgrammeQueries workProgramme;

    @Inject
    private ProgressUpdates updates;

    @Inject
    private ReportingPeriods periods;

    @Inject
    private Mailer mailer;

    @Inject
    private BoardClock clock;

    private List<MailLogEntry> failed;
    private Long overdueTotal;
    private List<OwnerCount> byOwner;
    private Optional<ReportingPeriod> period;
    private List<PeriodReturn> missing;
    private Optional<Meeting> minuteInProgress;
    private final Map<Long, List<ChecklistStep>> checklists = new HashMap<>();

    /** The meeting's checklist, worked out once a request (the page reads it more than once). */
    public List<ChecklistStep> checklistOf(Meeting meeting) {
        return meeting == null ? List.of() : checklists.computeIfAbsent(meeting.getId(), id -> checklist.of(meeting));
    }

    /** The latest held meeting whose minute is not published yet (its minute steps are still to do), or null. */
    public Meeting getMinuteInProgress() {
        if (minuteInProgress == null) {
            minuteInProgress = meetings.minuteInProgress();
        }
        return minuteInProgress.orElse(null);
    }

    /**
     * The owners with most overdue actions, most first (at most {@value #OWNERS_SHOWN}): label, key (for
     * the register's filter) and how many.
     */
    public List<OwnerCount> getOverdueByOwner() {
        List<OwnerCount> all = allOverdueByOwner();
        return all.size() > OWNERS_SHOWN ? all.subList(0, OWNERS_SHOWN) : all;
    }

    /** How many owners have overdue actions (the page shows the first {@value #OWNERS_SHOWN}). */
    public int getOverdueOwnerCount() {
        return allOverdueByOwner().size();
    }

    private List<OwnerCount> allOverdueByOwner() {
        if (byOwner == null) {
            byOwner = currentUser.isSecretariat() ? register.overdueByOwner(clock.today()) : List.of();
        }
        return byOwner;
    }

    /** How many actions are overdue (an action with two owners counts once). */
    public long getOverdueTotal() {
        if (overdueTotal == null) {
            overdueTotal = currentUser.isSecretariat() ? register.count(ActionCriteria.all().overdue(), clock.today()) : 0L;
        }
        return overdueTotal;
    }

    /** The latest reporting period of the current programme, or null. */
    public ReportingPeriod getPeriod() {
        if (period == null) {
            period = currentUser.isSecretariat()
                    ? workProgramme.current().flatMap(updates::openPeriod) : Optional.empty();
        }
        return period.orElse(null);
    }

    /** Workstreams with no update for the latest period. */
    public List<PeriodReturn> getMissingUpdates() {
        if (missing == null) {
            ReportingPeriod latest = getPeriod();
            missing = latest == null ? List.of() : periods.returns(latest.getId()).stream().filter(PeriodReturn::isMissing).toList();
        }
        return missing;
    }

    /** E-mails among the recent ones that could not be sent, newest first (at most {@value #FAILED_SHOWN}). */
    public List<MailLogEntry> getFailedMails() {
        if (failed == null) {
            failed = currentUser.isSecretariat() ? mailer.log(null, MAIL_SCAN).stream()
                    .filter(m -> m.getStatus() == MailStatus.FAILED).toList() : List.of();
        }
        return failed.size() > FAILED_SHOWN ? failed.subList(0, FAILED_SHOWN) : failed;
    }

    public int getFailedCount() {
        getFailedMails();
        return failed.size();
    }
}
