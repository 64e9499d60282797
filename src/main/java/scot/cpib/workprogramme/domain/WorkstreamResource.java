package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import scot.cpib.shared.domain.Texts;

/** A resource a workstream draws on, with what it offers that workstream where the programme says. */
@Entity
@Table(name = "workstream_resource")
@IdClass(WorkstreamResource.Key.class)
public class WorkstreamResource {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "workstream_id")
    private Workstream workstream;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "resource_id")
    private ResourceItem resource;

    @Column(nullable = false)
    private int position;

    @Column(columnDefinition = "TEXT")
    private String note;

    protected WorkstreamResource() {
    }

    WorkstreamResource(Workstream workstream, ResourceItem resource, int position, String note) {
        this.workstream = workstream;
        this.resource = resource;
        this.position = position;
        this.note = Texts.optional(note, Texts.LONG_MAX, "workprogramme.resource.note", "note");
    }

    public Workstream getWorkstream() {
        return workstream;
    }

    public ResourceItem getResource() {
        return resource;
    }

    public int getPosition() {
        return position;
    }

    /** What the resource offers this workstream; falls back to the catalogue description. */
    public String getNote() {
        return note;
    }

    public String getDescriptionForWorkstream() {
        return note != null ? note : resource.getDescription();
    }

    /** The composite key: workstream id and resource id. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long workstream;
        private Long resource;

        public Key() {
        }

        public Key(Long workstream, Long resource) {
            this.workstream = workstream;
            this.resource = resource;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(workstream, that.workstream)
                    && Objects.equals(resource, that.resource);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workstream, resource);
        }
    }
}
