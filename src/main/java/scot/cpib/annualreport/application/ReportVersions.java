package scot.cpib.annualreport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.Figure;
import scot.cpib.annualreport.domain.ReportSection;
import scot.cpib.annualreport.domain.ReviewRound;
import scot.cpib.annualreport.domain.RoundSection;
import scot.cpib.annualreport.domain.SectionKind;
import scot.cpib.annualreport.domain.TextChanges;
import scot.cpib.shared.domain.DomainException;

/**
 * Compares two versions of a report section by section: two review rounds, or a round and the report as it
 * stands now (version 0). Narrative changes are marked word by word; each figure shows both values.
 */
@ApplicationScoped
public class ReportVersions {

    @Inject
    private AnnualReports reports;

    @Inject
    private ReportReviews reviews;

    /** One figure in both versions (null where a version has no such figure). */
    public record FigureChange(String label, String before, String after) {
        public boolean isChanged() {
            return !Objects.equals(before, after);
        }
    }

    /** A section in both versions. */
    public record SectionComparison(SectionKind kind, List<TextChanges.Change> narrative, List<FigureChange> figures) {
        public boolean isChanged() {
            return TextChanges.changed(narrative) || figures.stream().anyMatch(FigureChange::isChanged);
        }
    }

    /** Compares round {@code from} with round {@code to} (0: the report as it stands now). */
    @Transactional
    public List<SectionComparison> compare(Long reportId, int from, int to) {
        AnnualReport report = reports.get(reportId);
        List<ReviewRound> rounds = reviews.rounds(reportId);
        ReviewRound before = round(rounds, from, "from");
        ReviewRound after = to == 0 ? null : round(rounds, to, "to");
        List<SectionComparison> sections = new ArrayList<>();
        for (ReportSection now : report.getSections()) {
            RoundSection old = before.section(now.getKind()).orElse(null);
            String oldText = old == null ? null : old.getNarrative();
            List<Figure> oldFigures = old == null ? List.of() : old.getFigureList();
            String newText;
            List<Figure> newFigures;
            if (after == null) {
                newText = now.getNarrative();
                newFigures = now.getFigureList();
            } else {
                RoundSection sent = after.section(now.getKind()).orElse(null);
                newText = sent == null ? null : sent.getNarrative();
                newFigures = sent == null ? List.of() : sent.getFigureList();
            }
            sections.add(new SectionComparison(now.getKind(), TextChanges.between(oldText, newText), figures(oldFigures, newFigures)));
        }
        return sections;
    }

    private static ReviewRound round(List<ReviewRound> rounds, int number, String field) {
        return rounds.stream().filter(r -> r.getNumber() == number).findFirst()
                .orElseThrow(() -> new DomainException("compare.noRound", field, number));
    }

    private static List<FigureChange> figures(List<Figure> before, List<Figure> after) {
        Set<String> labels = new LinkedHashSet<>();
        before.forEach(f -> labels.add(f.label()));
        after.forEach(f -> labels.add(f.label()));
        List<FigureChange> changes = new ArrayList<>();
        for (String label : labels) {
            changes.add(new FigureChange(label, value(before, label), value(after, label)));
        }
        return changes;
    }

    private static String value(List<Figure> figures, String label) {
        return figures.stream().filter(f -> f.label().equals(label)).map(Figure::value).findFirst().orElse(null);
    }
}
