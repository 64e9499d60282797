package scot.cpib.meeting.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** An office paper printed to PDF at upload, kept so the pack merges it without converting again. */
@Entity
@Table(name = "paper_rendition")
public class PaperRendition {

    @Id
    @Column(name = "paper_id")
    private Long paperId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    @Column(nullable = false)
    private int pages;

    @Column(nullable = false, length = 20)
    private String route;

    protected PaperRendition() {
    }

    public PaperRendition(Paper paper, byte[] pdf, int pages, String route) {
        if (paper.getId() == null) {
            throw new IllegalStateException("The paper must be saved before its rendition");
        }
        this.paperId = paper.getId();
        this.data = pdf.clone();
        this.pages = pages;
        this.route = route;
    }

    public Long getPaperId() {
        return paperId;
    }

    public byte[] getData() {
        return data.clone();
    }

    public int getPages() {
        return pages;
    }

    public String getRoute() {
        return route;
    }
}
