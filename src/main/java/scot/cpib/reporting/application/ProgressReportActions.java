package scot.cpib.reporting.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.ProgressReport.Strand;

/** A workstream's linked actions in the progress report: overdue, open (not overdue), and complete or closed. */
final class ProgressReportActions {

    private static final Comparator<AgreedAction> ORDER = Comparator
            .comparing(AgreedAction::isFromEngagement)
            .thenComparingInt(a -> a.getMeeting() == null ? 0 : a.getMeeting().getNumber())
            .thenComparing(a -> a.getAgendaItem() == null ? a.getReference() : a.getAgendaItem().getLabel())
            .thenComparingInt(AgreedAction::getNumber);

    private ProgressReportActions() {
    }

    static List<AgreedAction> overdue(Strand strand, LocalDate asAt) {
        return strand.actions().stream().filter(a -> a.isOverdueOn(asAt)).sorted(ORDER).toList();
    }

    static List<AgreedAction> open(Strand strand, LocalDate asAt) {
        return strand.actions().stream().filter(a -> a.isOutstanding() && !a.isOverdueOn(asAt)).sorted(ORDER).toList();
    }

    static List<AgreedAction> closed(Strand strand) {
        return strand.actions().stream().filter(a -> !a.isOutstanding()).sorted(ORDER).toList();
    }

    static void tables(StringBuilder html, Strand strand, LocalDate asAt) {
        html.append("<h3>Linked actions</h3>");
        if (strand.actions().isEmpty()) {
            html.append("<p>No agreed actions are linked to this workstream.</p>");
            return;
        }
        int number = strand.workstream().getNumber();
        table(html, "Overdue actions of workstream " + number, "No overdue actions.", overdue(strand, asAt));
        table(html, "Open actions of workstream " + number, "No other open actions.", open(strand, asAt));
        table(html, "Complete and closed actions of workstream " + number, "No complete actions.", closed(strand));
    }

    private static void table(StringBuilder html, String caption, String none, List<AgreedAction> actions) {
        if (actions.isEmpty()) {
            html.append("<p>").append(text(none)).append("</p>");
            return;
        }
        html.append("<table><caption>").append(text(caption)).append("</caption><thead><tr>")
                .append("<th scope=\"col\">Ref.</th><th scope=\"col\" class=\"wide\">Action</th><th scope=\"col\">Owner</th>")
                .append("<th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        for (AgreedAction a : actions) {
            html.append("<tr><td class=\"ref\">").append(text(a.getDisplayReference())).append("</td><td>")
                    .append(text(a.getDescription())).append("</td><td>").append(text(a.getOwnerLabel()))
                    .append("</td><td class=\"due\">").append(text(DocumentFormats.due(a))).append("</td><td>")
                    .append(text(DocumentFormats.status(a.getStatus()))).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }
}
