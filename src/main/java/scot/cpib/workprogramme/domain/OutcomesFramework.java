package scot.cpib.workprogramme.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import scot.cpib.board.domain.Board;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * A logic model the board measures success against, kept as data: its model elements, outcomes by
 * term (short, medium, long), the assumptions behind it and what reviewers are interested in.
 * Workstreams and activities name the outcomes they serve; outcomes carry indicators and evidence.
 */
@Entity
@Table(name = "outcomes_framework")
public class OutcomesFramework extends VersionedEntity {

    public static final int TITLE_MAX = 300;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = TITLE_MAX)
    private String subtitle;

    @Column(columnDefinition = "TEXT")
    private String description;

    /** What a review looks for beyond the outcomes, one a line. */
    @Column(columnDefinition = "TEXT")
    private String interests;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<FrameworkElement> elements = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<FrameworkOutcome> outcomes = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FrameworkAssumption> assumptions = new ArrayList<>();

    protected OutcomesFramework() {
    }

    public OutcomesFramework(Board board, String title) {
        this.board = board;
        this.title = Texts.required(title, TITLE_MAX, "workprogramme.framework.title", "title");
    }

    public void describe(String newSubtitle, String newDescription, String newInterests) {
        this.subtitle = Texts.optional(newSubtitle, TITLE_MAX, "workprogramme.framework.subtitle", "subtitle");
        this.description = Texts.optional(newDescription, Texts.LONG_MAX, "workprogramme.framework.description", "description");
        this.interests = Texts.optional(newInterests, Texts.LONG_MAX, "workprogramme.framework.interests", "interests");
    }

    public FrameworkElement addElement(int number, String elementTitle, String elementDescription) {
        if (elements.stream().anyMatch(e -> e.getNumber() == number)) {
            throw new DomainException("workprogramme.framework.element.numberTaken", "number", number);
        }
        FrameworkElement element = new FrameworkElement(this, number, elementTitle, elementDescription);
        elements.add(element);
        return element;
    }

    /** Adds an outcome as the next number of its term. */
    public FrameworkOutcome addOutcome(OutcomeTerm term, String statement, String detail) {
        if (term == null) {
            throw new DomainException("workprogramme.framework.outcome.termRequired", "term");
        }
        FrameworkOutcome outcome = new FrameworkOutcome(this, term, outcomesOf(term).size() + 1, statement, detail);
        outcomes.add(outcome);
        return outcome;
    }

    public FrameworkAssumption addAssumption(String statement) {
        FrameworkAssumption assumption = new FrameworkAssumption(this, assumptions.size() + 1, statement);
        assumptions.add(assumption);
        return assumption;
    }

    public List<FrameworkOutcome> outcomesOf(OutcomeTerm term) {
        return outcomes.stream().filter(o -> o.getTerm() == term)
                .sorted(Comparator.comparingInt(FrameworkOutcome::getNumber)).toList();
    }

    /** Short-term outcomes first, then medium and long, each in number order. */
    public List<FrameworkOutcome> getOutcomes() {
        return outcomes.stream().sorted(Comparator.comparing(FrameworkOutcome::getTerm)
                .thenComparingInt(FrameworkOutcome::getNumber)).toList();
    }

    public List<String> getInterestList() {
        return interests == null ? List.of() : interests.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Board getBoard() {
        return board;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public String getDescription() {
        return description;
    }

    public String getInterests() {
        return interests;
    }

    public List<FrameworkElement> getElements() {
        return elements.stream().sorted(Comparator.comparingInt(FrameworkElement::getNumber)).toList();
    }

    public List<FrameworkAssumption> getAssumptions() {
        return List.copyOf(assumptions);
    }
}
