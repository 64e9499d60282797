package scot.cpib.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import scot.cpib.action.application.OwnerCount;
import scot.cpib.home.application.ChecklistStep;
import scot.cpib.home.application.SecretariatOverview;
import scot.cpib.home.application.SecretariatOverview.MeetingLine;
import scot.cpib.home.application.SecretariatOverview.Overview;
import scot.cpib.home.application.PeriodLine;
import scot.cpib.home.application.SecretariatOverview.QuorumLine;
import scot.cpib.home.application.SecretariatOverview.WorkstreamLine;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.domain.MailLogEntry;
import scot.cpib.shared.domain.MailStatus;

/**
 * The secretariat's part of the home page: the next meeting's checklist (and the last meeting's, while its
 * minute is not published), overdue actions by owner, workstream updates missing for the latest period,
 * and e-mails that could not be sent. All but the e-mails are the board's {@link SecretariatOverview},
 * the same for every secretariat user and kept while nothing changes.
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
    private SecretariatOverview overviews;

    @Inject
    private Mailer mailer;

    @Inject
    private BoardClock clock;

    private List<MailLogEntry> failed;
    private Overview overview;

    private Overview overview() {
        if (overview == null) {
            overview = overviews.on(clock.today());
        }
        return overview;
    }

    /** The next meeting's checklist. */
    public List<ChecklistStep> getNextChecklist() {
        return overview().nextChecklist();
    }

    /** The replies to the next meeting against the quorum rule, or null when there is no next meeting. */
    public QuorumLine getNextQuorum() {
        return overview().nextQuorum();
    }

    /** The latest held meeting whose minute is not published yet (its minute steps are still to do), or null. */
    public MeetingLine getMinuteInProgress() {
        return overview().minuteInProgress();
    }

    /** The checklist of the meeting whose minute is in progress. */
    public List<ChecklistStep> getMinuteChecklist() {
        return overview().minuteChecklist();
    }

    /**
     * The owners with most overdue actions, most first (at most {@value #OWNERS_SHOWN}): label, key (for
     * the register's filter) and how many.
     */
    public List<OwnerCount> getOverdueByOwner() {
        List<OwnerCount> all = overview().overdueByOwner();
        return all.size() > OWNERS_SHOWN ? all.subList(0, OWNERS_SHOWN) : all;
    }

    /** How many owners have overdue actions (the page shows the first {@value #OWNERS_SHOWN}). */
    public int getOverdueOwnerCount() {
        return overview().overdueByOwner().size();
    }

    /** How many actions are overdue (an action with two owners counts once). */
    public long getOverdueTotal() {
        return overview().overdueTotal();
    }

    /** The latest reporting period of the current programme, or null. */
    public PeriodLine getPeriod() {
        return overview().period();
    }

    /** Workstreams with no update for the latest period. */
    public List<WorkstreamLine> getMissingUpdates() {
        return overview().missingUpdates();
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
