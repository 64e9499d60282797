package scot.cpib.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import scot.cpib.shared.domain.SafeHtml;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * A paper for an agenda item: an uploaded file (its bytes kept apart, in paper_content) or a paper
 * written in the app as HTML.
 */
@Entity
@Table(name = "paper")
public class Paper extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "body_html", columnDefinition = "TEXT")
    private String bodyHtml;

    @Column(nullable = false)
    private boolean confidential;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    protected Paper() {
    }

    Paper(AgendaItem agendaItem, String title, String uploadedBy) {
        this.agendaItem = agendaItem;
        this.title = title;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void describeFile(String name, String type, long size) {
        this.fileName = name;
        this.contentType = type;
        this.sizeBytes = size;
    }

    /** The paper's text as HTML, cleaned to the structure a paper may have ({@link SafeHtml}). */
    public void write(String html) {
        this.bodyHtml = SafeHtml.clean(html);
    }

    public void markConfidential(boolean isConfidential) {
        this.confidential = isConfidential;
    }

    /** Confidential when marked so itself or when its agenda item is confidential. */
    public boolean isRestricted() {
        return confidential || agendaItem.isConfidential() || (agendaItem.getParent() != null && agendaItem.getParent().isConfidential());
    }

    public boolean isUploaded() {
        return fileName != null;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
