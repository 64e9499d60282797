package scot.cpib.home.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.MeetingStatus;
import scot.cpib.pack.application.PackIssues;
import scot.cpib.pack.domain.PackIssue;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.BundleTexts;
import scot.cpib.shared.domain.UkDates;

/**
 * A meeting's steps from agenda to published minute, each done or not, with where it is done: the
 * secretariat's checklist on the home page. Nobody else sees it (empty for them).
 */
@RequestScoped
public class MeetingChecklist {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PackIssues packs;

    public List<ChecklistStep> of(Meeting meeting) {
        if (!currentUser.isSecretariat()) {
            return List.of();
        }
        String id = String.valueOf(meeting.getId());
        int items = meeting.getAgenda().size();
        long papers = meeting.getAgenda().stream().map(AgendaItem::getPapers).mapToLong(p -> p.stream()
                .filter(paper -> paper.isUploaded() || paper.getBodyHtml() != null).count()).sum();
        List<PackIssue> versions = packs.versions(meeting);
        PackIssue latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        int present = meeting.getAttendances().stream().filter(a -> a.getKind() == AttendanceKind.PRESENT).mapToInt(a -> 1).sum();
        int apologies = meeting.getAttendances().size() - present;
        MeetingStatus status = meeting.getStatus();
        return List.of(
                new ChecklistStep("agenda", items > 0, BundleTexts.text("home.step.items", items), "/meetings/agenda.xhtml?id=" + id),
                new ChecklistStep("papers", papers > 0, BundleTexts.text("home.step.paperCount", papers), "/meetings/agenda.xhtml?id=" + id),
                new ChecklistStep("pack", latest != null, latest == null ? BundleTexts.text("home.step.notYet")
                        : BundleTexts.text("home.step.packVersion", latest.getPackVersion(), UkDates.date(latest.getIssuedOn())),
                        "/meetings/pack.xhtml?meeting=" + id),
                new ChecklistStep("attendance", !meeting.getAttendances().isEmpty(), meeting.getAttendances().isEmpty()
                        ? BundleTexts.text("home.step.notYet") : BundleTexts.text("home.step.attendanceCount", present, apologies),
                        "/meetings/attendance.xhtml?id=" + id),
                new ChecklistStep("minute", atLeast(status, MeetingStatus.MINUTE_DRAFTED), detail(status, MeetingStatus.MINUTE_DRAFTED),
                        "/meetings/minute-edit.xhtml?id=" + id),
                new ChecklistStep("approved", atLeast(status, MeetingStatus.MINUTE_APPROVED), meeting.getMinuteApprovedOn() == null
                        ? BundleTexts.text("home.step.notYet") : UkDates.date(meeting.getMinuteApprovedOn()),
                        "/meetings/view.xhtml?id=" + id),
                new ChecklistStep("published", status == MeetingStatus.PUBLISHED, detail(status, MeetingStatus.PUBLISHED),
                        "/meetings/minute.xhtml?id=" + id));
    }

    private static boolean atLeast(MeetingStatus status, MeetingStatus step) {
        return status.ordinal() >= step.ordinal();
    }

    private static String detail(MeetingStatus status, MeetingStatus step) {
        return BundleTexts.text(atLeast(status, step) ? "home.step.done" : "home.step.notYet");
    }
}
