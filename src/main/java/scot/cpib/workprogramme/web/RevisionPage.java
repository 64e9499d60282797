package scot.cpib.workprogramme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.web.IdConverter;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.shared.web.PageMessages;
import scot.cpib.workprogramme.application.ApprovalResult;
import scot.cpib.workprogramme.application.ProgrammeRevisions;
import scot.cpib.workprogramme.application.SplitChoice;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.WorkstreamMapping;

/**
 * The revision page of a programme version: the mapping from the version before (carried over,
 * merged, split, retired, new), starting a revision from the current version, and approving a draft
 * with the choice of part for each outstanding action of a split workstream. The changes to the
 * draft's workstreams are {@link RevisionForms}.
 */
@Named
@ViewScoped
public class RevisionPage implements Serializable {

    @Inject
    private BoardClock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private transient WorkProgrammeQueries queries;

    @Inject
    private transient ProgrammeRevisions revisions;

    @Inject
    private transient PageMessages messages;

    @Inject
    private transient MeetingQueries meetings;

    private String version;
    private Long programmeId;
    private long programmeVersion;
    private String title;
    private LocalDate approvedOn;
    private Long meeting;
    private final Map<Long, String> choices = new HashMap<>();
    private String conflict;
    private transient WorkProgramme programme;

    public void load() {
        Optional<WorkProgramme> found = version == null ? queries.newestVisible() : queries.findVersion(IdConverter.parse(version));
        if (found.isEmpty()) {
            NotFoundPage.send();
            return;
        }
        programme = found.get();
        programmeId = programme.getId();
        programmeVersion = programme.getVersion();
    }

    public WorkProgramme getProgramme() {
        if (programme == null && programmeId != null) {
            programme = queries.findVersion(programmeId).orElse(null);
        }
        return programme;
    }

    public boolean isDraft() {
        return getProgramme() != null && getProgramme().getStatus() == ProgrammeStatus.DRAFT && getProgramme().getPrevious() != null;
    }

    public boolean isCurrent() {
        return getProgramme() != null && getProgramme().getStatus() == ProgrammeStatus.CURRENT;
    }

    /** The draft revision under way for this board, when the page shows another version. */
    public WorkProgramme getOtherDraft() {
        return getProgramme() == null ? null : revisions.draftOf(getProgramme()).filter(d -> !d.equals(getProgramme())).orElse(null);
    }

    /** Old → new, by the new workstream's number (retired ones last, by their old number). */
    public List<WorkstreamMapping> getMappings() {
        return getProgramme() == null ? List.of() : getProgramme().getMappings().stream()
                .sorted(Comparator.comparingInt((WorkstreamMapping m) -> m.getTo() == null ? Integer.MAX_VALUE : m.getTo().getNumber())
                        .thenComparingInt(m -> m.getFrom() == null ? 0 : m.getFrom().getNumber()))
                .toList();
    }

    /** The board's meetings, newest first, for "approved at". */
    public List<Meeting> getMeetings() {
        return getProgramme() == null ? List.of() : meetings.visibleMeetings().stream()
                .filter(m -> m.getBoard().equals(getProgramme().getBoard())).toList();
    }

    public List<SplitChoice> getSplitChoices() {
        return isDraft() ? revisions.splitChoices(programmeId) : List.of();
    }

    public String start() {
        try {
            WorkProgramme draft = revisions.start(programmeId, title);
            messages.info("revisions.started", draft.getVersionNumber());
            return reload(draft.getId());
        } catch (DomainException e) {
            messages.error(e, "start");
            return null;
        }
    }

    public String approve() {
        Map<Long, Long> chosen = new HashMap<>();
        choices.forEach((action, ws) -> {
            Long id = IdConverter.parse(ws);
            if (id != null) {
                chosen.put(action, id);
            }
        });
        try {
            ApprovalResult result = revisions.approve(programmeId, programmeVersion, getApprovedOn(), meeting, chosen);
            messages.info("revisions.approved", result.followed(), result.stayed());
            return reload(programmeId);
        } catch (ConcurrentEditException e) {
            conflicted(e);
        } catch (DomainException e) {
            messages.error(e, "approve");
        }
        return null;
    }

    /** Someone else changed the draft: say so, show what is saved now, keep what was typed. */
    void conflicted(ConcurrentEditException e) {
        conflict = e.theirs(String.class);
        messages.error((String) null, "revisions.conflict");
        programme = null;
        programmeVersion = getProgramme().getVersion();
    }

    String reload(Long id) {
        return "/work-programme/revision?faces-redirect=true&version=" + id;
    }

    public Long getProgrammeId() { return programmeId; }

    public long getProgrammeVersion() { return programmeVersion; }

    public String getConflict() { return conflict; }

    public String getVersion() { return version; }

    public void setVersion(String version) { this.version = version; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public LocalDate getApprovedOn() {
        return approvedOn == null ? clock.today() : approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) { this.approvedOn = approvedOn; }

    public Map<Long, String> getChoices() { return choices; }

    public Long getMeeting() { return meeting; }

    public void setMeeting(Long meeting) { this.meeting = meeting; }
}
