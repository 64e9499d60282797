package scot.cpib.pack.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A paper as a pack version contained it: its id and the supplement it came in (0 for the main pack). */
@Embeddable
public class IssuedPaper {

    @Column(name = "paper_id", nullable = false)
    private Long paperId;

    @Column(nullable = false)
    private int supplement;

    protected IssuedPaper() {
    }

    public IssuedPaper(Long paperId, int supplement) {
        this.paperId = paperId;
        this.supplement = supplement;
    }

    public Long getPaperId() {
        return paperId;
    }

    public int getSupplement() {
        return supplement;
    }
}
