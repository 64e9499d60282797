package scot.cpib.meeting.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an uploaded paper, kept apart from the paper so listing papers never loads them. */
@Entity
@Table(name = "paper_content")
public class PaperContent {

    @Id
    @Column(name = "paper_id")
    private Long paperId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    protected PaperContent() {
    }

    public PaperContent(Paper paper, byte[] data) {
        if (paper.getId() == null) {
            throw new IllegalStateException("The paper must be saved before its content");
        }
        this.paperId = paper.getId();
        this.data = data.clone();
    }

    public Long getPaperId() {
        return paperId;
    }

    public byte[] getData() {
        return data.clone();
    }
}
