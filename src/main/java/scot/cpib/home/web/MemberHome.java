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
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.pack.application.PackIssues;
import scot.cpib.pack.domain.PackIssue;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BoardClock;

/**
 * The part of the home page every board reader sees: the next meeting with its latest issued pack and
 * its papers (marked new since the person's last visit), their own actions overdue and due soon, and the
 * annual reports in draft or review they can read.
 */
@Named
@RequestScoped
public class MemberHome {

    /** Actions due within this many days count as "due soon". */
    static final int SOON_DAYS = 14;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private PackIssues packs;

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

    private Optional<Meeting> next;
    private Optional<LocalDateTime> since;
    private Optional<PackIssue> pack;
    private List<AnnualReport> reviews;

    public Meeting getNextMeeting() {
        if (next == null) {
            next = meetings.nextMeeting(clock.today());
        }
        return next.orElse(null);
    }

    /** The next meeting's day has passed but it is not recorded as held: the page says so. */
    public boolean isNextOverdue() {
        return getNextMeeting() != null && getNextMeeting().getDate().isBefore(clock.today());
    }

    /** The latest issued version of the next meeting's pack, or null. */
    public PackIssue getPack() {
        if (pack == null) {
            List<PackIssue> versions = getNextMeeting() == null ? List.of() : packs.versions(getNextMeeting());
            pack = versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        }
        return pack.orElse(null);
    }

    public String getPackDownload() {
        PackIssue pack = getPack();
        return pack == null ? null : "/api/v1/meetings/" + pack.getMeeting().getId() + "/packs/" + pack.getPackVersion() + ".pdf";
    }

    public boolean isPackNew() {
        PackIssue pack = getPack();
        return pack != null && isSinceLastVisit(pack.getIssuedAt());
    }

    /** The next meeting's papers the person may read, in agenda order: uploaded files and papers written in the app (read in the pack). */
    public List<Paper> getPapers() {
        if (getNextMeeting() == null) {
            return List.of();
        }
        return getNextMeeting().getAgendaInReadingOrder().stream().map(AgendaItem::getPapers).flatMap(List::stream)
                .filter(p -> !p.isRestricted() || currentUser.isSecretariat()).toList();
    }

    public boolean isNew(Paper paper) {
        return isSinceLastVisit(paper.getUploadedAt());
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
