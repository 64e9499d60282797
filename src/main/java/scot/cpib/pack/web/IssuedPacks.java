package scot.cpib.pack.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.cpib.pack.application.PackIssues;
import scot.cpib.pack.domain.PackIssue;

/** The issued pack versions of a meeting, for the meeting page's "Issued agenda packs" list. */
@Named
@RequestScoped
public class IssuedPacks {

    @Inject
    private PackIssues issues;

    private final Map<Long, List<PackIssue>> byMeeting = new HashMap<>();

    public List<PackIssue> of(Long meetingId) {
        return byMeeting.computeIfAbsent(meetingId, issues::versions);
    }
}
