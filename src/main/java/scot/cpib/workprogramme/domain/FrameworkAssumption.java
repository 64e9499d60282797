package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import scot.cpib.shared.domain.BaseEntity;
import scot.cpib.shared.domain.Texts;

/** An assumption the framework's logic rests on ("More information equals better decisions"). */
@Entity
@Table(name = "framework_assumption")
public class FrameworkAssumption extends BaseEntity {

    public static final int STATEMENT_MAX = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    private OutcomesFramework framework;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = STATEMENT_MAX)
    private String statement;

    protected FrameworkAssumption() {
    }

    FrameworkAssumption(OutcomesFramework framework, int position, String statement) {
        this.framework = framework;
        this.position = position;
        this.statement = Texts.required(statement, STATEMENT_MAX, "workprogramme.framework.assumption", "statement");
    }

    public OutcomesFramework getFramework() {
        return framework;
    }

    public int getPosition() {
        return position;
    }

    public String getStatement() {
        return statement;
    }
}
