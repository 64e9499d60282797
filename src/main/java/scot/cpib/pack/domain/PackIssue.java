package scot.cpib.pack.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * One issued version of a meeting's agenda pack. Version 1 holds the papers on the agenda when it
 * was issued; each later version keeps every earlier paper in the supplement it came in and puts the
 * papers added since into the next supplement, so the pages members already have keep their numbers.
 * The matters-arising paper of every version lists the actions of the first, as at its date.
 */
@Entity
@Table(name = "pack_issue")
public class PackIssue extends VersionedEntity {

    public static final int NOTE_MAX = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "pack_version", nullable = false)
    private int packVersion;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "matters_as_at", nullable = false)
    private LocalDate mattersAsAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pack_issue_paper", joinColumns = @JoinColumn(name = "pack_issue_id"))
    private List<IssuedPaper> papers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pack_issue_action", joinColumns = @JoinColumn(name = "pack_issue_id"))
    @Column(name = "action_id")
    private Set<Long> actionIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "issue")
    @OrderBy("cleared")
    private List<PackFile> files = new ArrayList<>();

    @OneToMany(mappedBy = "issue")
    @OrderBy("email")
    private List<PackRecipient> recipients = new ArrayList<>();

    protected PackIssue() {
    }

    private PackIssue(Meeting meeting, int packVersion, LocalDateTime issuedAt, LocalDate issuedOn, String issuedBy,
            String note, LocalDate mattersAsAt) {
        this.meeting = Objects.requireNonNull(meeting);
        this.packVersion = packVersion;
        this.issuedAt = issuedAt;
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        this.note = cleanNote(note);
        this.mattersAsAt = mattersAsAt;
    }

    /** The first version: every paper on the agenda now, the given matters-arising actions as at the issue date. */
    public static PackIssue first(Meeting meeting, LocalDateTime at, LocalDate on, String by, String note,
            List<Long> paperIds, List<Long> outstandingActionIds) {
        PackIssue issue = new PackIssue(meeting, 1, at, on, by, note, on);
        paperIds.forEach(id -> issue.papers.add(new IssuedPaper(id, 0)));
        issue.actionIds.addAll(outstandingActionIds);
        return issue;
    }

    /**
     * The version after this one: the papers of this version keep their supplement; papers on the
     * agenda now that this version did not have become the next supplement. Refused when there is
     * nothing new, since members would get the same pack again.
     */
    public PackIssue next(LocalDateTime at, LocalDate on, String by, String note, List<Long> paperIdsNow) {
        Map<Long, Integer> known = papers.stream().collect(Collectors.toMap(IssuedPaper::getPaperId, IssuedPaper::getSupplement));
        List<Long> late = paperIdsNow.stream().filter(id -> !known.containsKey(id)).toList();
        if (late.isEmpty()) {
            throw new DomainException("pack.issue.nothingNew", "note");
        }
        PackIssue next = new PackIssue(meeting, packVersion + 1, at, on, by, note, mattersAsAt);
        papers.stream().filter(p -> paperIdsNow.contains(p.getPaperId()))
                .forEach(p -> next.papers.add(new IssuedPaper(p.getPaperId(), p.getSupplement())));
        int supplement = lastSupplement() + 1;
        late.forEach(id -> next.papers.add(new IssuedPaper(id, supplement)));
        next.actionIds.addAll(actionIds);
        return next;
    }

    private static String cleanNote(String text) {
        String trimmed = text == null ? null : text.strip();
        if (trimmed != null && trimmed.length() > NOTE_MAX) {
            throw new DomainException("pack.issue.noteTooLong", "note", NOTE_MAX);
        }
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    public PackFile attachFile(boolean cleared, boolean confidentialPapers, int pageCount, byte[] pdf) {
        PackFile file = new PackFile(this, cleared, confidentialPapers, pageCount, pdf);
        files.add(file);
        return file;
    }

    /** Whether this version has confidential papers, which only the secretariat's copy carries. */
    public boolean hasConfidentialPapers() {
        return files.stream().anyMatch(PackFile::hasConfidentialPapers);
    }

    public PackRecipient addRecipient(Person person, boolean cleared) {
        PackRecipient recipient = new PackRecipient(this, person, cleared);
        recipients.add(recipient);
        return recipient;
    }

    /** The supplement a paper came in, or -1 when this version does not contain it. */
    public int supplementOf(Long paperId) {
        return papers.stream().filter(p -> p.getPaperId().equals(paperId)).mapToInt(IssuedPaper::getSupplement)
                .findFirst().orElse(-1);
    }

    public int lastSupplement() {
        return papers.stream().mapToInt(IssuedPaper::getSupplement).max().orElse(0);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPackVersion() {
        return packVersion;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getMattersAsAt() {
        return mattersAsAt;
    }

    public List<IssuedPaper> getPapers() {
        return List.copyOf(papers);
    }

    public Set<Long> getActionIds() {
        return Set.copyOf(actionIds);
    }

    public List<PackFile> getFiles() {
        return List.copyOf(files);
    }

    public List<PackRecipient> getRecipients() {
        return List.copyOf(recipients);
    }
}
