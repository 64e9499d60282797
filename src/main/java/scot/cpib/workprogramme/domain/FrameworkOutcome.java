package scot.cpib.workprogramme.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import scot.cpib.shared.domain.BaseEntity;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;

/**
 * An outcome of the framework, numbered within its term, with the indicators that would show it and
 * the evidence gathered so far. It knows which workstreams and activities name it, so an overview can
 * show which outcomes have work and evidence behind them and which have none.
 */
@Entity
@Table(name = "framework_outcome")
public class FrameworkOutcome extends BaseEntity {

    public static final int STATEMENT_MAX = 1000;

    // Lazy: a workstream's outcomes read their framework again (issue 13); the framework reads its outcomes, not back.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id")
    private OutcomesFramework framework;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutcomeTerm term;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = STATEMENT_MAX)
    private String statement;

    /** Sub-points as the framework lists them, one a line. */
    @Column(columnDefinition = "TEXT")
    private String detail;

    @OneToMany(mappedBy = "outcome", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OutcomeIndicator> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "outcome", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OutcomeEvidence> evidence = new ArrayList<>();

    @ManyToMany(mappedBy = "outcomes")
    private Set<Workstream> workstreams = new HashSet<>();

    @ManyToMany(mappedBy = "outcomes")
    private Set<Activity> activities = new HashSet<>();

    protected FrameworkOutcome() {
    }

    FrameworkOutcome(OutcomesFramework framework, OutcomeTerm term, int number, String statement, String detail) {
        this.framework = framework;
        this.term = term;
        this.number = number;
        this.statement = Texts.required(statement, STATEMENT_MAX, "workprogramme.framework.outcome.statement", "statement");
        this.detail = Texts.optional(detail, Texts.LONG_MAX, "workprogramme.framework.outcome.detail", "detail");
    }

    public OutcomeIndicator addIndicator(String description, String dataSource) {
        OutcomeIndicator indicator = new OutcomeIndicator(this, indicators.size() + 1, description, dataSource);
        indicators.add(indicator);
        return indicator;
    }

    /** Records evidence towards this outcome, against one of its indicators or none. */
    public OutcomeEvidence recordEvidence(String summary, String source, OutcomeIndicator indicator, LocalDate on, String by) {
        if (indicator != null && !indicators.contains(indicator)) {
            throw new DomainException("workprogramme.evidence.indicator.otherOutcome", "indicator");
        }
        OutcomeEvidence added = new OutcomeEvidence(this, indicator, summary, source, on, by);
        evidence.add(added);
        return added;
    }

    /** The workstreams of the given programme version that serve this outcome, directly or through an activity. */
    public Set<Workstream> workIn(WorkProgramme programme) {
        Set<Workstream> serving = new LinkedHashSet<>();
        workstreams.stream().filter(w -> w.getProgramme().equals(programme))
                .sorted(Comparator.comparingInt(Workstream::getNumber)).forEach(serving::add);
        activities.stream().map(Activity::getWorkstream).filter(w -> w.getProgramme().equals(programme))
                .sorted(Comparator.comparingInt(Workstream::getNumber)).forEach(serving::add);
        return serving;
    }

    public boolean hasWorkIn(WorkProgramme programme) {
        return !workIn(programme).isEmpty();
    }

    public boolean hasEvidence() {
        return !evidence.isEmpty();
    }

    public List<String> getDetailLines() {
        return detail == null ? List.of() : detail.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public OutcomesFramework getFramework() {
        return framework;
    }

    public OutcomeTerm getTerm() {
        return term;
    }

    public int getNumber() {
        return number;
    }

    public String getStatement() {
        return statement;
    }

    public String getDetail() {
        return detail;
    }

    public List<OutcomeIndicator> getIndicators() {
        return List.copyOf(indicators);
    }

    /** Newest first. */
    public List<OutcomeEvidence> getEvidence() {
        return evidence.stream().sorted(Comparator.comparing(OutcomeEvidence::getRecordedOn).reversed()).toList();
    }
}
