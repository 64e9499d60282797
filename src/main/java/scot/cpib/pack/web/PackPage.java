package scot.cpib.pack.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.Paper;
import scot.cpib.pack.application.PackIssues;
import scot.cpib.pack.application.PackIssuing;
import scot.cpib.pack.domain.PackFile;
import scot.cpib.pack.domain.PackIssue;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.Formats;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;

/** The meeting's pack page: issued versions to download, and for the secretariat the issue form and who was told. */
@Named
@ViewScoped
public class PackPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private PackIssues issues;

    @Inject
    private PackIssuing issuing;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    @Inject
    private FacesContext faces;

    private Long meetingId;
    private String note;
    private int knownLatest;
    private transient Meeting meeting;
    private transient List<PackIssue> versions;

    public void load() {
        if (getMeeting() == null) {
            NotFoundPage.send(faces);
            return;
        }
        if (!faces.isPostback()) {
            knownLatest = getVersions().size();
        }
    }

    public Meeting getMeeting() {
        if (meeting == null && meetingId != null) {
            meeting = meetings.findVisible(meetingId).orElse(null);
        }
        return meeting;
    }

    public List<PackIssue> getVersions() {
        if (versions == null) {
            versions = getMeeting() == null ? List.of() : issues.versions(meetingId);
        }
        return versions;
    }

    /** Versions newest first, for the recipients lists. */
    public List<PackIssue> getVersionsNewestFirst() {
        List<PackIssue> newestFirst = new ArrayList<>(getVersions());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public PackIssue getLatest() {
        List<PackIssue> all = getVersions();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Papers on the agenda now that the latest version does not have: the next supplement. */
    public List<Paper> getLatePapers() {
        PackIssue latest = getLatest();
        if (latest == null) {
            return List.of();
        }
        return getMeeting().getAgendaInReadingOrder().stream().flatMap(item -> item.getPapers().stream())
                .filter(p -> latest.supplementOf(p.getId()) < 0).toList();
    }

    public boolean isCanIssue() {
        return currentUser.isSecretariat() && getMeeting().allowsPackIssue(getLatest() == null)
                && (getLatest() == null || !getLatePapers().isEmpty());
    }

    /** The stored file this reader downloads: with the confidential papers for the secretariat. */
    public PackFile fileFor(PackIssue issue) {
        List<PackFile> files = issue.getFiles();
        return files.stream().filter(f -> f.isCleared() == currentUser.isSecretariat()).findFirst().orElse(files.get(0));
    }

    /** "Main pack", "Main pack and supplement 1" … */
    public String contentsOf(PackIssue issue) {
        int supplements = issue.lastSupplement();
        if (supplements == 0) {
            return PageMessages.text("pack.contents.main");
        }
        return PageMessages.text(supplements == 1 ? "pack.contents.supplement" : "pack.contents.supplements", supplements);
    }

    /** Whether any version has a file with confidential papers. */
    public boolean isAnyConfidential() {
        return getVersions().stream().anyMatch(PackIssue::hasConfidentialPapers);
    }

    /** "Version 2 (PDF, 44 pages)": the file this reader gets. */
    public String downloadLabel(PackIssue issue) {
        return PageMessages.text("pack.download", issue.getPackVersion(), fileFor(issue).getPageCount());
    }

    public String recipientsCaption(PackIssue issue) {
        return PageMessages.text("pack.recipients.caption", issue.getPackVersion());
    }

    /** What issuing will do now: version 1, the next supplement, or why there is nothing to issue and what to do. */
    public String getIssueIntro() {
        PackIssue latest = getLatest();
        if (!getMeeting().allowsPackIssue(latest == null)) {
            return PageMessages.text("pack.issue.heldWithoutPack", Formats.date(getMeeting().getDate()));
        }
        if (latest == null) {
            return PageMessages.text("pack.issue.first");
        }
        if (getLatePapers().isEmpty()) {
            return PageMessages.text("pack.issue.nothingNewText", latest.getPackVersion());
        }
        return PageMessages.text("pack.issue.late", latest.getPackVersion(), latest.lastSupplement() + 1, latest.getPackVersion() + 1);
    }

    public String lateLabel(Paper paper) {
        return PageMessages.text("pack.issue.item", paper.getAgendaItem().getLabel(), paper.getTitle());
    }

    public String getTitle() {
        return PageMessages.text("pack.title", getMeeting().getOrdinal(), Formats.date(getMeeting().getDate()));
    }

    public boolean isSecretariat() {
        return currentUser.isSecretariat();
    }

    public List<AuditEntry> getConfidentialDownloads() {
        return issues.confidentialDownloads(meetingId);
    }

    public String issue() {
        try {
            PackIssuing.Issued issued = issuing.issue(meetingId, knownLatest, note);
            PackIssuing.Notified told = issuing.notifyRecipients(issued.issueId());
            if (told.notSent() == 0) {
                messages.info("pack.issue.done", issued.version(), issued.pages(), told.sent());
            } else {
                messages.warn(told.sent() == 0 ? "pack.issue.doneNoneSent" : "pack.issue.doneSomeNotSent", issued.version(),
                        issued.pages(), told.notSent(), told.sent() + told.notSent(), String.join(", ", told.notReached()));
            }
            return "/meetings/pack?faces-redirect=true&meeting=" + meetingId;
        } catch (DomainException e) {
            messages.error(e, "issue");
            meeting = null;
            versions = null;
            return null;
        }
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
