package scot.cpib.workprogramme.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.cpib.board.domain.Board;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * One version of a board's work programme. A revision starts as a draft copy of the current version
 * ({@link #revise}); while it is a draft its workstreams can be retired, merged, split or added, and
 * each step is kept as a {@link WorkstreamMapping} from old to new. Approval makes it current and
 * supersedes the version before.
 */
@Entity
@Table(name = "work_programme")
public class WorkProgramme extends VersionedEntity {

    public static final int TITLE_MAX = 300;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeStatus status = ProgrammeStatus.DRAFT;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    // Lazy, as are the meetings below: reading a version or a workstream read every earlier version
    // and these meetings, one query each (issue 13); the overview joins the meetings where it shows them.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id")
    private WorkProgramme previous;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "presented_at_meeting_id")
    private Meeting presentedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_at_meeting_id")
    private Meeting approvedAt;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Workstream> workstreams = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<WorkstreamMapping> mappings = new ArrayList<>();

    protected WorkProgramme() {
    }

    /** A draft programme; the first version of a board's programme is number 1. */
    public WorkProgramme(Board board, int versionNumber, String title, LocalDate periodStart) {
        if (versionNumber < 1) {
            throw new DomainException("workprogramme.version.positive", "versionNumber");
        }
        this.board = board;
        this.versionNumber = versionNumber;
        this.periodStart = periodStart;
        retitle(title, null);
    }

    public final void retitle(String newTitle, String newSummary) {
        this.title = Texts.required(newTitle, TITLE_MAX, "workprogramme.title", "title");
        this.summary = Texts.optional(newSummary, Texts.LONG_MAX, "workprogramme.summary", "summary");
    }

    /** Starts the next version as a draft: every active workstream is carried over with its content. */
    public WorkProgramme revise(String newTitle, LocalDate newPeriodStart) {
        if (status != ProgrammeStatus.CURRENT) {
            throw new DomainException("workprogramme.revise.notCurrent");
        }
        WorkProgramme next = new WorkProgramme(board, versionNumber + 1, newTitle, newPeriodStart);
        next.previous = this;
        for (Workstream old : getWorkstreams()) {
            if (old.isActive()) {
                Workstream carried = new Workstream(next, old.getNumber(), old.getTitle(), old.getAim());
                WorkstreamCopy.into(old, carried, true);
                next.workstreams.add(carried);
                next.mappings.add(new WorkstreamMapping(next, old, carried, MappingKind.CARRIED_OVER));
            }
        }
        return next;
    }

    /** Adds a workstream; in a draft revision it is recorded as NEW. */
    public Workstream addWorkstream(int number, String newTitle, String aim) {
        if (status == ProgrammeStatus.SUPERSEDED) {
            throw new DomainException("workprogramme.superseded");
        }
        requireFreeNumber(number);
        Workstream added = new Workstream(this, number, newTitle, aim);
        workstreams.add(added);
        if (isDraftRevision()) {
            mappings.add(new WorkstreamMapping(this, null, added, MappingKind.NEW));
        }
        return added;
    }

    /** Drops a workstream from the draft; what it continued is recorded as RETIRED. */
    public void retire(Workstream workstream) {
        requireDraftRevision();
        requireOwn(workstream);
        for (Workstream origin : releaseOrigins(workstream)) {
            mappings.add(new WorkstreamMapping(this, origin, null, MappingKind.RETIRED));
        }
        workstreams.remove(workstream);
    }

    /**
     * Merges workstreams of the draft into the first of them, which keeps its number and takes the
     * new title and aim; the others' leads, questions, open activities, resources and outcomes move
     * into it. Every old workstream behind them is recorded as MERGED into it.
     */
    public Workstream merge(List<Workstream> parts, String newTitle, String newAim) {
        requireDraftRevision();
        List<Workstream> distinct = parts == null ? List.of() : parts.stream().distinct().toList();
        if (distinct.size() < 2) {
            throw new DomainException("workprogramme.merge.twoOrMore", "parts");
        }
        distinct.forEach(this::requireOwn);
        Workstream kept = distinct.get(0);
        kept.redefine(newTitle, newAim);
        Set<Workstream> origins = new LinkedHashSet<>();
        for (Workstream part : distinct) {
            origins.addAll(releaseOrigins(part));
        }
        for (Workstream other : distinct.subList(1, distinct.size())) {
            WorkstreamCopy.into(other, kept, true);
            workstreams.remove(other);
        }
        for (Workstream origin : origins) {
            mappings.add(new WorkstreamMapping(this, origin, kept, MappingKind.MERGED));
        }
        if (origins.isEmpty()) {
            mappings.add(new WorkstreamMapping(this, null, kept, MappingKind.NEW));
        }
        return kept;
    }

    /**
     * Splits a workstream of the draft: it keeps its number, questions and activities under a new
     * title and aim, and each new part starts with its leads, resources and outcomes. The old
     * workstream behind it is recorded as SPLIT into every part.
     */
    public List<Workstream> split(Workstream workstream, String keptTitle, String keptAim, List<WorkstreamDraft> newParts) {
        requireDraftRevision();
        requireOwn(workstream);
        if (newParts == null || newParts.isEmpty()) {
            throw new DomainException("workprogramme.split.partRequired", "parts");
        }
        workstream.redefine(keptTitle, keptAim);
        List<Workstream> result = new ArrayList<>(List.of(workstream));
        for (WorkstreamDraft draft : newParts) {
            requireFreeNumber(draft.number());
            Workstream part = new Workstream(this, draft.number(), draft.title(), draft.aim());
            WorkstreamCopy.into(workstream, part, false);
            workstreams.add(part);
            result.add(part);
        }
        Set<Workstream> origins = releaseOrigins(workstream);
        for (Workstream part : result) {
            for (Workstream origin : origins) {
                mappings.add(new WorkstreamMapping(this, origin, part, MappingKind.SPLIT));
            }
            if (origins.isEmpty()) {
                mappings.add(new WorkstreamMapping(this, null, part, MappingKind.NEW));
            }
        }
        return result;
    }

    /** Approves a draft at a meeting: it becomes current and the version before it is superseded. */
    public void approve(Meeting meeting, LocalDate on) {
        if (status != ProgrammeStatus.DRAFT) {
            throw new DomainException("workprogramme.approve.notDraft");
        }
        if (on == null) {
            throw new DomainException("workprogramme.approve.dateRequired", "approvedOn");
        }
        if (previous != null && previous.status == ProgrammeStatus.CURRENT) {
            previous.status = ProgrammeStatus.SUPERSEDED;
            if (previous.periodEnd == null) {
                previous.periodEnd = on;
            }
        }
        this.status = ProgrammeStatus.CURRENT;
        this.approvedAt = meeting;
        this.approvedOn = on;
        if (periodStart == null) {
            periodStart = on;
        }
    }

    /** The meeting the draft is put to for agreement. */
    public void presentAt(Meeting meeting) {
        if (status != ProgrammeStatus.DRAFT) {
            throw new DomainException("workprogramme.present.notDraft");
        }
        this.presentedAt = meeting;
    }

    /** Takes the old workstreams a draft workstream continues off it, dropping their mappings. */
    private Set<Workstream> releaseOrigins(Workstream workstream) {
        Set<Workstream> origins = new LinkedHashSet<>();
        for (WorkstreamMapping mapping : List.copyOf(mappings)) {
            if (workstream.equals(mapping.getTo())) {
                if (mapping.getFrom() != null) {
                    origins.add(mapping.getFrom());
                }
                mapping.detach();
                mappings.remove(mapping);
            }
        }
        return origins;
    }

    private boolean isDraftRevision() {
        return status == ProgrammeStatus.DRAFT && previous != null;
    }

    private void requireDraftRevision() {
        if (!isDraftRevision()) {
            throw new DomainException("workprogramme.revision.notDraft");
        }
    }

    private void requireOwn(Workstream workstream) {
        if (workstream == null || !workstreams.contains(workstream)) {
            throw new DomainException("workprogramme.workstream.notInProgramme", "workstream");
        }
    }

    private void requireFreeNumber(int number) {
        if (workstreams.stream().anyMatch(w -> w.getNumber() == number)) {
            throw new DomainException("workprogramme.workstream.number.taken", "number", number);
        }
    }

    public Optional<Workstream> workstream(int number) {
        return workstreams.stream().filter(w -> w.getNumber() == number).findFirst();
    }

    public List<Workstream> getWorkstreams() {
        return workstreams.stream().sorted(Comparator.comparingInt(Workstream::getNumber)).toList();
    }

    public List<WorkstreamMapping> getMappings() {
        return List.copyOf(mappings);
    }

    public Board getBoard() { return board; }

    public int getVersionNumber() { return versionNumber; }

    public String getTitle() { return title; }

    public String getSummary() { return summary; }

    public ProgrammeStatus getStatus() { return status; }

    public LocalDate getPeriodStart() { return periodStart; }

    public LocalDate getPeriodEnd() { return periodEnd; }

    public WorkProgramme getPrevious() { return previous; }

    public Meeting getPresentedAt() { return presentedAt; }

    public Meeting getApprovedAt() { return approvedAt; }

    public LocalDate getApprovedOn() { return approvedOn; }
}
