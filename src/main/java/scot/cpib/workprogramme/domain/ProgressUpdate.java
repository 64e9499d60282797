package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Comparator;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * A lead's report on a workstream for a reporting period: RAG status (amber and red need a reason),
 * achievements, the difference this has made, risks and issues, next steps. Every update is kept;
 * "no update provided" is an update of its own, so reports show it rather than a blank.
 */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate extends VersionedEntity {

    public static final int REASON_MAX = 2000;
    public static final int SUBMITTER_MAX = 150;

    /** Oldest period first; within a period, in the order given. */
    public static final Comparator<ProgressUpdate> CHRONOLOGICAL = Comparator
            .comparing((ProgressUpdate u) -> u.getPeriod().getEndsOn())
            .thenComparing(ProgressUpdate::getSubmittedAt)
            .thenComparing(u -> u.getId() == null ? Long.MAX_VALUE : u.getId());

    @ManyToOne(optional = false)
    @JoinColumn(name = "workstream_id")
    private Workstream workstream;

    @ManyToOne(optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Rag rag;

    @Column(name = "rag_reason", length = REASON_MAX)
    private String ragReason;

    @Column(columnDefinition = "TEXT")
    private String achievements;

    @Column(name = "difference_made", columnDefinition = "TEXT")
    private String differenceMade;

    @Column(name = "risks_issues", columnDefinition = "TEXT")
    private String risksAndIssues;

    @Column(name = "next_steps", columnDefinition = "TEXT")
    private String nextSteps;

    @Column(name = "submitted_by", nullable = false, length = SUBMITTER_MAX)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    protected ProgressUpdate() {
    }

    private ProgressUpdate(Workstream workstream, ReportingPeriod period, String by, LocalDateTime at) {
        if (period == null) {
            throw new DomainException("workprogramme.update.period.required", "period");
        }
        if (!period.getProgramme().equals(workstream.getProgramme())) {
            throw new DomainException("workprogramme.update.period.otherProgramme", "period");
        }
        if (workstream.getProgramme().getStatus() == ProgrammeStatus.DRAFT) {
            throw new DomainException("workprogramme.update.programme.draft", "workstream");
        }
        if (!workstream.isActive()) {
            throw new DomainException("workprogramme.update.workstream.notActive", "workstream");
        }
        this.workstream = workstream;
        this.period = period;
        this.submittedBy = Texts.required(by, SUBMITTER_MAX, "workprogramme.update.submittedBy", "submittedBy");
        this.submittedAt = at;
    }

    /** A lead's update with a rating (RED, AMBER, GREEN) or, for a narrative only, NOT_RATED. */
    public static ProgressUpdate submit(Workstream workstream, ReportingPeriod period, UpdateContent content,
                                        String by, LocalDateTime at) {
        ProgressUpdate update = new ProgressUpdate(workstream, period, by, at);
        update.apply(content);
        workstream.addUpdate(update);
        return update;
    }

    /** Records that the lead gave no update for the period. */
    public static ProgressUpdate noUpdateProvided(Workstream workstream, ReportingPeriod period, String recordedBy,
                                                  LocalDateTime at) {
        ProgressUpdate update = new ProgressUpdate(workstream, period, recordedBy, at);
        update.rag = Rag.NO_UPDATE;
        workstream.addUpdate(update);
        return update;
    }

    /** Corrects this update (for instance when a lead who gave none sends one in): the same rules apply. */
    public void correct(UpdateContent content, String by, LocalDateTime at) {
        apply(content);
        this.submittedBy = Texts.required(by, SUBMITTER_MAX, "workprogramme.update.submittedBy", "submittedBy");
        this.submittedAt = at;
    }

    private void apply(UpdateContent content) {
        Rag newRag = content.rag();
        if (newRag == null) {
            throw new DomainException("workprogramme.update.rag.required", "rag");
        }
        if (newRag == Rag.NO_UPDATE) {
            throw new DomainException("workprogramme.update.rag.noUpdateIsRecorded", "rag");
        }
        String reason = Texts.optional(content.ragReason(), REASON_MAX, "workprogramme.update.ragReason", "ragReason");
        if (newRag.needsReason() && reason == null) {
            throw new DomainException("workprogramme.update.ragReason.required", "ragReason",
                    newRag == Rag.RED ? "red" : "amber");
        }
        this.achievements = Texts.required(content.achievements(), Texts.LONG_MAX, "workprogramme.update.achievements", "achievements");
        this.differenceMade = Texts.optional(content.differenceMade(), Texts.LONG_MAX, "workprogramme.update.differenceMade", "differenceMade");
        this.risksAndIssues = Texts.optional(content.risksAndIssues(), Texts.LONG_MAX, "workprogramme.update.risksAndIssues", "risksAndIssues");
        this.nextSteps = Texts.optional(content.nextSteps(), Texts.LONG_MAX, "workprogramme.update.nextSteps", "nextSteps");
        this.rag = newRag;
        this.ragReason = reason;
    }

    public boolean isNoUpdate() {
        return rag == Rag.NO_UPDATE;
    }

    public UpdateContent toContent() {
        return new UpdateContent(rag, ragReason, achievements, differenceMade, risksAndIssues, nextSteps);
    }

    public Workstream getWorkstream() {
        return workstream;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public Rag getRag() {
        return rag;
    }

    public String getRagReason() {
        return ragReason;
    }

    public String getAchievements() {
        return achievements;
    }

    public String getDifferenceMade() {
        return differenceMade;
    }

    public String getRisksAndIssues() {
        return risksAndIssues;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }
}
