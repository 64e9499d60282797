package scot.cpib.pack.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.pack.application.PackIssues;
import scot.cpib.pack.domain.PackIssue;
import scot.cpib.shared.web.PageMessages;

/** The issued pack versions of a meeting, for the meeting page's "Issued agenda packs" list. */
@Named
@RequestScoped
public class IssuedPacks {

    @Inject
    private PackIssues issues;

    private final Map<Long, List<PackIssue>> byMeeting = new HashMap<>();

    /** "Version 2 (PDF, 44 pages)", with the page count of the file for readers not cleared for confidential papers. */
    public String label(PackIssue issue) {
        return PageMessages.text("pack.download", issue.getPackVersion(), issue.getFiles().get(0).getPageCount());
    }

    /** The versions of a meeting the page has read (and may show), read once a request. */
    public List<PackIssue> of(Meeting meeting) {
        return byMeeting.computeIfAbsent(meeting.getId(), id -> issues.versions(meeting));
    }
}
