package scot.cpib.pack.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.board.application.Directory;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.pack.domain.PackFile;
import scot.cpib.pack.domain.PackIssue;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.domain.AuditEntry;
import scot.cpib.shared.domain.NotFoundException;

/**
 * Reads issued pack versions. Board readers see every version and download the stored file meant
 * for them: those cleared for confidential papers (the secretariat and admins) get the file with
 * them and with the interests declared on the items (the secretariat's copy), and each such download
 * is written to the audit trail; everyone else gets the file without.
 */
@ApplicationScoped
public class PackIssues {

    static final String DOWNLOADED = "downloaded";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private Directory directory;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** A stored pack file as downloaded. */
    public record Download(String fileName, int version, byte[] data) {
    }

    static List<PackIssue> issuesOf(EntityManager em, Meeting meeting) {
        return em.createQuery("SELECT i FROM PackIssue i WHERE i.meeting = :meeting ORDER BY i.packVersion", PackIssue.class)
                .setParameter("meeting", meeting).getResultList();
    }

    /** The versions of a meeting the caller may see, oldest first; empty for the public. */
    @Transactional
    public List<PackIssue> versions(Long meetingId) {
        if (!currentUser.isBoardReader()) {
            return List.of();
        }
        return issuesOf(em, meetings.getVisible(meetingId));
    }

    /**
     * The versions of a meeting the page has already read as visible to the caller (the meeting page):
     * as {@link #versions(Long)} without reading the meeting again, each version's papers, actions and
     * files in one query for all versions (issue 13).
     */
    public List<PackIssue> versions(Meeting meeting) {
        if (!currentUser.isBoardReader() || !meetings.canSee(meeting)) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM PackIssue i WHERE i.meeting.id = :meeting AND i.meeting.board.id = :board"
                        + " ORDER BY i.packVersion", PackIssue.class)
                .setParameter("meeting", meeting.getId()).setParameter("board", directory.boardId())
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "i.papers")
                .setHint("eclipselink.batch", "i.actionIds").setHint("eclipselink.batch", "i.files")
                .getResultList();
    }

    /**
     * The versions of a meeting the page has already read as visible to the caller, as the meeting page
     * lists them ({@link IssuedVersion}): one query of columns, the files joined, rather than the versions
     * with their papers, actions and files (four queries; issue 13).
     */
    public List<IssuedVersion> issuedOf(Meeting meeting) {
        if (!currentUser.isBoardReader() || !meetings.canSee(meeting)) {
            return List.of();
        }
        Map<Integer, IssuedVersion> versions = new LinkedHashMap<>();
        em.createQuery("SELECT i.packVersion, i.issuedAt, f.pageCount FROM PackIssue i LEFT JOIN i.files f"
                        + " WHERE i.meeting.id = :meeting AND i.meeting.board.id = :board ORDER BY i.packVersion, f.cleared", Object[].class)
                .setParameter("meeting", meeting.getId()).setParameter("board", directory.boardId())
                .getResultList()
                .forEach(row -> versions.putIfAbsent((Integer) row[0],
                        new IssuedVersion((Integer) row[0], (LocalDateTime) row[1], (Integer) row[2])));
        return List.copyOf(versions.values());
    }

    /**
     * The stored file of a version for the caller; a download of a file with confidential papers is
     * audited (who, when, which version).
     */
    @Transactional
    public Download download(Long meetingId, int version) {
        Meeting meeting = meetings.getVisible(meetingId);
        if (!currentUser.isBoardReader()) {
            throw new NotFoundException("PackIssue", version);
        }
        PackIssue issue = issuesOf(em, meeting).stream().filter(i -> i.getPackVersion() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("PackIssue", version));
        boolean cleared = currentUser.isSecretariat();
        Optional<PackFile> confidential = issue.getFiles().stream().filter(PackFile::isCleared).findFirst();
        PackFile file = cleared && confidential.isPresent() ? confidential.get()
                : issue.getFiles().stream().filter(f -> !f.isCleared()).findFirst()
                        .orElseThrow(() -> new NotFoundException("PackFile", version));
        if (file.isCleared()) {
            audit.record(issue, DOWNLOADED, "Downloaded version " + version + " of the agenda pack of the "
                    + meeting.getOrdinal() + " meeting, " + (file.hasConfidentialPapers() ? "with its confidential papers"
                    : "the secretariat's copy with declared interests"));
        }
        return new Download(meeting.getBoard().getShortName() + "-" + meeting.getOrdinal() + "-meeting-agenda-pack-v" + version
                + ".pdf", version, file.getData());
    }

    /** Audited downloads of a meeting's packs with confidential papers, newest first (secretariat only). */
    @Transactional
    public List<AuditEntry> confidentialDownloads(Long meetingId) {
        if (!currentUser.isSecretariat()) {
            return List.of();
        }
        List<Long> ids = issuesOf(em, meetings.getVisible(meetingId)).stream().map(PackIssue::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = :type AND e.entityId IN :ids"
                        + " AND e.operation = :op ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setParameter("type", PackIssue.class.getSimpleName()).setParameter("ids", ids)
                .setParameter("op", DOWNLOADED).getResultList();
    }
}
