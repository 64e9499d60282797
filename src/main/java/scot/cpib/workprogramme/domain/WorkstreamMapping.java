package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.shared.domain.BaseEntity;
import scot.cpib.shared.domain.Texts;

/**
 * What a revision of the programme did with one workstream of the version before: carried it over,
 * merged or split it, retired it, or (with no old workstream) added a new one. It lets history and
 * open actions follow a workstream from one version to the next.
 */
@Entity
@Table(name = "workstream_mapping")
public class WorkstreamMapping extends BaseEntity {

    public static final int NOTE_MAX = 1000;

    /** The new version, the one the revision produced. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private WorkProgramme programme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_workstream_id")
    private Workstream from;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_workstream_id")
    private Workstream to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MappingKind kind;

    @Column(length = NOTE_MAX)
    private String note;

    protected WorkstreamMapping() {
    }

    WorkstreamMapping(WorkProgramme programme, Workstream from, Workstream to, MappingKind kind) {
        if (kind.hasFrom() != (from != null) || kind.hasTo() != (to != null)) {
            throw new IllegalArgumentException(kind + " mapping from " + from + " to " + to);
        }
        this.programme = programme;
        this.from = from;
        this.to = to;
        this.kind = kind;
        if (from != null) {
            from.addSuccessor(this);
        }
        if (to != null) {
            to.addPredecessor(this);
        }
    }

    /** Detaches the mapping from both workstreams before it is dropped or replaced. */
    void detach() {
        if (from != null) {
            from.removeSuccessor(this);
        }
        if (to != null) {
            to.removePredecessor(this);
        }
    }

    /** Why the mapping was made, in the secretariat's words. */
    public void explain(String why) {
        this.note = Texts.optional(why, NOTE_MAX, "workprogramme.mapping.note", "note");
    }

    public WorkProgramme getProgramme() {
        return programme;
    }

    public Workstream getFrom() {
        return from;
    }

    public Workstream getTo() {
        return to;
    }

    public MappingKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }
}
