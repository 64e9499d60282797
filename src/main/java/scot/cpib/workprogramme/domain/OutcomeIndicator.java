package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/** Something that would show an outcome being reached, and where its data comes from. */
@Entity
@Table(name = "outcome_indicator")
public class OutcomeIndicator extends VersionedEntity {

    public static final int DESCRIPTION_MAX = 1000;
    public static final int SOURCE_MAX = 400;

    @ManyToOne(optional = false)
    @JoinColumn(name = "outcome_id")
    private FrameworkOutcome outcome;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "data_source", length = SOURCE_MAX)
    private String dataSource;

    protected OutcomeIndicator() {
    }

    OutcomeIndicator(FrameworkOutcome outcome, int position, String description, String dataSource) {
        this.outcome = outcome;
        this.position = position;
        redefine(description, dataSource);
    }

    public final void redefine(String newDescription, String newDataSource) {
        this.description = Texts.required(newDescription, DESCRIPTION_MAX, "workprogramme.indicator.description", "description");
        this.dataSource = Texts.optional(newDataSource, SOURCE_MAX, "workprogramme.indicator.dataSource", "dataSource");
    }

    public FrameworkOutcome getOutcome() {
        return outcome;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public String getDataSource() {
        return dataSource;
    }
}
