package scot.cpib.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import scot.cpib.action.application.OwnedAction;
import scot.cpib.action.web.MyOutstandingActions;
import scot.cpib.annualreport.application.AnnualReports;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.ReportStatus;
import scot.cpib.home.application.LastVisit;
import scot.cpib.home.application.NextMeetingOverview;
import scot.cpib.home.application.NextMeetingOverview.NextMeeting;
import scot.cpib.home.application.NextMeetingOverview.PackLine;
import scot.cpib.home.application.NextMeetingOverview.PaperLine;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;

/**
 * The part of the home page every board reader sees: the next meeting with its latest issued pack and
 * its papers (marked new since the person's last visit), their own actions overdue and due soon, and the
 * annual reports in draft or review they can read. The next meeting is the board's
 * {@link NextMeetingOverview}, kept while nothing changes; what is new is marked per person.
 */
@Named
@RequestScoped
public class MemberHome {

    /** Actions due within this many days count as "due soon". */
    static final int SOON_DAYS = 14;

    @Inject
    private NextMeetingOverview nextMeetings;

    @Inject
    private MyOutstandingActions mine;

    @Inject
    private AnnualReports reports;

    @Inject
    private LastVisit lastVisit;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private BoardClock clock;

    private Optional<NextMeeting> next;
    private Optional<LocalDateTime> since;
    private List<AnnualReport> reviews;

    public NextMeeting getNextMeeting() {
        if (next == null) {
            next = nextMeetings.on(clock.today());
        }
        return next.orElse(null);
    }

    /** The next meeting's day has passed but it is not recorded as held: the page says so. */
    public boolean isNextOverdue() {
        return getNextMeeting() != null && getNextMeeting().date().isBefore(clock.today());
    }

    /** The latest issued version of the next meeting's pack, or null. */
    public PackLine getPack() {
        return getNextMeeting() == null ? null : getNextMeeting().pack();
    }

    public String getPackDownload() {
        PackLine pack = getPack();
        return pack == null ? null : "/api/v1/meetings/" + getNextMeeting().id() + "/packs/" + pack.packVersion() + ".pdf";
    }

    public boolean isPackNew() {
        PackLine pack = getPack();
        return pack != null && isSinceLastVisit(pack.issuedAt());
    }

    /** The next meeting's papers the person may read, in agenda order: uploaded files and papers written in the app (read in the pack). */
    public List<PaperLine> getPapers() {
        return getNextMeeting() == null ? List.of() : getNextMeeting().papers();
    }

    public boolean isNew(PaperLine paper) {
        return isSinceLastVisit(paper.uploadedAt());
    }

    public long getNewPaperCount() {
        return getPapers().stream().filter(this::isNew).count();
    }

    /** The previous sign-in, or null on the first visit (then nothing is marked new). */
    public LocalDateTime getLastVisit() {
        if (since == null) {
            since = currentUser.isSignedIn() ? lastVisit.previousSignIn(currentUser.getUsername()) : Optional.empty();
        }
        return since.orElse(null);
    }

    private boolean isSinceLastVisit(LocalDateTime at) {
        return at != null && getLastVisit() != null && at.isAfter(getLastVisit());
    }

    /** The person's outstanding actions that are overdue, oldest due first. */
    public List<OwnedAction> getOverdueActions() {
        LocalDate today = clock.today();
        return mine.list().stream().filter(a -> a.isOverdueOn(today)).toList();
    }

    /** The person's outstanding actions due within the next {@value #SOON_DAYS} days. */
    public List<OwnedAction> getSoonActions() {
        LocalDate today = clock.today();
        LocalDate soon = today.plusDays(SOON_DAYS);
        return mine.list().stream().filter(a -> !a.isOverdueOn(today) && a.due() != null
                && !a.due().lastDay().isAfter(soon)).toList();
    }

    public int getSoonDays() {
        return SOON_DAYS;
    }

    public int getOutstandingCount() {
        return mine.list().size();
    }

    /** Annual reports in draft or in review that the person can read and comment on. */
    public List<AnnualReport> getReviews() {
        if (reviews == null) {
            reviews = reports.list().stream()
                    .filter(r -> r.getStatus() == ReportStatus.DRAFT || r.getStatus() == ReportStatus.IN_REVIEW).toList();
        }
        return reviews;
    }
}
