package scot.cpib.annualreport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import scot.cpib.shared.domain.BaseEntity;

/** A section as it was sent in a round: its narrative and figures then, never changed afterwards. */
@Entity
@Table(name = "report_round_section")
public class RoundSection extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private ReviewRound round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SectionKind kind;

    @Column(columnDefinition = "TEXT")
    private String narrative;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String figures;

    protected RoundSection() {
    }

    RoundSection(ReviewRound round, SectionKind kind, String narrative, String figures) {
        this.round = round;
        this.kind = kind;
        this.narrative = narrative;
        this.figures = figures;
    }

    public ReviewRound getRound() {
        return round;
    }

    public SectionKind getKind() {
        return kind;
    }

    public String getNarrative() {
        return narrative;
    }

    public List<Figure> getFigureList() {
        return Figure.parse(figures);
    }
}
