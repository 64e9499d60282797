package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.Versions;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;
import scot.cpib.shared.domain.UkDates;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;
import scot.cpib.workprogramme.domain.WorkstreamDraft;

/**
 * Revising the work programme, for the secretariat and admins: start a draft revision from the
 * current version, carry over, retire, merge, split or add workstreams in it (the domain keeps the
 * mapping old → new), and approve it – outstanding actions of the superseded version then follow
 * their workstream's successor ({@link RevisionRelinker}). Every step raises the draft's version, so
 * a page opened before another change gets a conflict; every step is audited.
 */
@ApplicationScoped
public class ProgrammeRevisions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private RevisionRelinker relinker;

    public boolean canRevise() {
        return currentUser.isSecretariat();
    }

    /** The board's draft version, if one exists (at most one revision is drafted at a time). */
    public Optional<WorkProgramme> draftOf(WorkProgramme programme) {
        return em.createQuery("SELECT p FROM WorkProgramme p WHERE p.board = :b AND p.status = :s", WorkProgramme.class)
                .setParameter("b", programme.getBoard()).setParameter("s", ProgrammeStatus.DRAFT)
                .getResultStream().findFirst();
    }

    /** Starts the next version as a draft copy of the current one; refused while a draft exists. */
    @Transactional
    public WorkProgramme start(Long currentId, String title) {
        requireSecretariat();
        WorkProgramme current = programme(currentId);
        draftOf(current).ifPresent(d -> {
            throw new DomainException("revisions.start.draftExists", "title", d.getVersionNumber());
        });
        WorkProgramme next = current.revise(title, null);
        em.persist(next);
        em.flush();
        audit.record(next, "revised", "Version " + next.getVersionNumber() + " (" + next.getTitle()
                + ") drafted from version " + current.getVersionNumber() + ", " + next.getWorkstreams().size()
                + " workstreams carried over");
        return next;
    }

    @Transactional
    public Workstream add(Long draftId, long expectedVersion, WorkstreamDraft added) {
        WorkProgramme draft = draft(draftId, expectedVersion);
        Workstream workstream = draft.addWorkstream(added.number(), added.title(), added.aim());
        em.flush();
        audit.record(workstream, "added", "Version " + draft.getVersionNumber() + ": new workstream " + workstream.getNumberedTitle());
        return changed(draft, workstream);
    }

    @Transactional
    public void retire(Long draftId, long expectedVersion, Long workstreamId) {
        WorkProgramme draft = draft(draftId, expectedVersion);
        Workstream workstream = own(draft, workstreamId, "workstream");
        requireUnreferenced(workstream, "workstream");
        String label = workstream.getNumberedTitle();
        draft.retire(workstream);
        em.flush();
        audit.record(draft, "retired", "Version " + draft.getVersionNumber() + ": " + label + " retired");
        changed(draft, null);
    }

    /** Merges two or more workstreams of the draft into the first of them. */
    @Transactional
    public Workstream merge(Long draftId, long expectedVersion, List<Long> workstreamIds, String title, String aim) {
        WorkProgramme draft = draft(draftId, expectedVersion);
        List<Workstream> parts = (workstreamIds == null ? List.<Long>of() : workstreamIds).stream()
                .map(id -> own(draft, id, "parts")).toList();
        parts.stream().skip(1).forEach(w -> requireUnreferenced(w, "parts"));
        String merged = String.join(", ", parts.stream().map(Workstream::getNumberedTitle).toList());
        Workstream kept = draft.merge(parts, title, aim);
        em.flush();
        audit.record(kept, "merged", "Version " + draft.getVersionNumber() + ": " + merged + " merged into " + kept.getNumberedTitle());
        return changed(draft, kept);
    }

    /** Splits a workstream of the draft: it keeps its number under a new title, and a new part is added. */
    @Transactional
    public List<Workstream> split(Long draftId, long expectedVersion, Long workstreamId, String keptTitle, String keptAim,
                                  WorkstreamDraft part) {
        WorkProgramme draft = draft(draftId, expectedVersion);
        Workstream workstream = own(draft, workstreamId, "splitWorkstream");
        String before = workstream.getNumberedTitle();
        List<Workstream> parts = draft.split(workstream, keptTitle, keptAim, List.of(part));
        em.flush();
        audit.record(workstream, "split", "Version " + draft.getVersionNumber() + ": " + before + " split into "
                + String.join(", ", parts.stream().map(Workstream::getNumberedTitle).toList()));
        changed(draft, null);
        return parts;
    }

    /** Outstanding actions of workstreams the draft splits: each needs the part it follows chosen. */
    public List<SplitChoice> splitChoices(Long draftId) {
        return relinker.splitChoices(programme(draftId));
    }

    /**
     * Approves the draft (it becomes current, the version before superseded) and relinks the
     * outstanding actions of superseded workstreams: carried over and merged ones automatically,
     * split ones to the part chosen per action (action id → workstream id).
     */
    @Transactional
    public ApprovalResult approve(Long draftId, long expectedVersion, LocalDate approvedOn, Long meetingId,
                                  Map<Long, Long> splitChoices) {
        WorkProgramme draft = draft(draftId, expectedVersion);
        WorkProgramme previous = draft.getPrevious();
        Meeting meeting = meetingId == null ? null : em.find(Meeting.class, meetingId);
        if (meetingId != null && (meeting == null || !meeting.getBoard().equals(draft.getBoard()))) {
            throw new DomainException("revisions.approve.meeting", "meeting");
        }
        draft.approve(meeting, approvedOn);
        audit.record(draft, "approved", "Version " + draft.getVersionNumber() + " approved on " + UkDates.date(approvedOn)
                + (meeting == null ? "" : " at meeting " + meeting.getNumber())
                + (previous == null ? "" : "; version " + previous.getVersionNumber() + " superseded"));
        ApprovalResult result = relinker.relink(draft, splitChoices);
        em.flush();
        return result;
    }

    private WorkProgramme draft(Long draftId, long expectedVersion) {
        requireSecretariat();
        WorkProgramme draft = programme(draftId);
        Versions.require(draft, expectedVersion, () -> "Version " + draft.getVersionNumber() + ": "
                + String.join("; ", draft.getWorkstreams().stream().map(Workstream::getNumberedTitle).toList()));
        if (draft.getStatus() != ProgrammeStatus.DRAFT) {
            throw new DomainException("workprogramme.revision.notDraft");
        }
        return draft;
    }

    private <T> T changed(WorkProgramme draft, T result) {
        em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return result;
    }

    private WorkProgramme programme(Long id) {
        WorkProgramme programme = id == null ? null : em.find(WorkProgramme.class, id);
        if (programme == null) {
            throw new NotFoundException("WorkProgramme", id);
        }
        return programme;
    }

    private static Workstream own(WorkProgramme draft, Long workstreamId, String field) {
        return draft.getWorkstreams().stream().filter(w -> w.getId().equals(workstreamId)).findFirst()
                .orElseThrow(() -> new DomainException("workprogramme.workstream.notInProgramme", field));
    }

    /** A workstream that actions, decisions, updates or reminders point at cannot be removed from the draft. */
    private void requireUnreferenced(Workstream workstream, String field) {
        long rows = count("SELECT COUNT(a) FROM AgreedAction a LEFT JOIN a.activity act WHERE a.workstream = :w OR act.workstream = :w", workstream)
                + count("SELECT COUNT(l) FROM MinuteDecisionLink l WHERE l.workstream = :w", workstream)
                + count("SELECT COUNT(u) FROM ProgressUpdate u WHERE u.workstream = :w", workstream)
                + count("SELECT COUNT(r) FROM UpdateReminder r WHERE r.workstream = :w", workstream);
        if (rows > 0) {
            throw new DomainException("revisions.referenced", field, workstream.getNumberedTitle(), rows);
        }
    }

    private long count(String jpql, Workstream workstream) {
        return em.createQuery(jpql, Long.class).setParameter("w", workstream).getSingleResult();
    }

    private void requireSecretariat() {
        if (!currentUser.isSecretariat()) {
            throw new DomainException("revisions.notAllowed");
        }
    }
}
