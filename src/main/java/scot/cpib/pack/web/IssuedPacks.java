package scot.cpib.pack.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.pack.application.IssuedVersion;
import scot.cpib.pack.application.PackIssues;
import scot.cpib.shared.web.PageMessages;

/** The issued pack versions of a meeting, for the meeting page's "Issued agenda packs" list. */
@Named
@RequestScoped
public class IssuedPacks {

    @Inject
    private PackIssues issues;

    private final Map<Long, List<IssuedVersion>> byMeeting = new HashMap<>();

    /** "Version 2 (PDF, 44 pages)", with the page count of the file for readers not cleared for confidential papers. */
    public String label(IssuedVersion version) {
        return PageMessages.text("pack.download", version.packVersion(), version.pageCount());
    }

    /** The versions of a meeting the page has read (and may show), read once a request as values. */
    public List<IssuedVersion> of(Meeting meeting) {
        return byMeeting.computeIfAbsent(meeting.getId(), id -> issues.issuedOf(meeting));
    }
}
