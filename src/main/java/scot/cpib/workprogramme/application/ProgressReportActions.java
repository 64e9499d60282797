package scot.cpib.workprogramme.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;
import static scot.cpib.reporting.infrastructure.Xhtml.th;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;
import scot.cpib.workprogramme.domain.ProgressReport.Strand;

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
        html.append("<h3>").append(text(DocumentTexts.text("progress.actions"))).append("</h3>");
        if (strand.actions().isEmpty()) {
            html.append("<p>").append(text(DocumentTexts.text("progress.actions.none"))).append("</p>");
            return;
        }
        int number = strand.workstream().getNumber();
        table(html, DocumentTexts.text("progress.actions.overdue", number), DocumentTexts.text("progress.actions.overdue.none"),
                overdue(strand, asAt));
        table(html, DocumentTexts.text("progress.actions.open", number), DocumentTexts.text("progress.actions.open.none"),
                open(strand, asAt));
        table(html, DocumentTexts.text("progress.actions.closed", number), DocumentTexts.text("progress.actions.closed.none"),
                closed(strand));
    }

    private static void table(StringBuilder html, String caption, String none, List<AgreedAction> actions) {
        if (actions.isEmpty()) {
            html.append("<p>").append(text(none)).append("</p>");
            return;
        }
        html.append("<table><caption>").append(text(caption)).append("</caption><thead><tr>")
                .append(th(DocumentTexts.text("matters.reference"))).append(th(DocumentTexts.text("matters.action"), "wide"))
                .append(th(DocumentTexts.text("matters.owner"))).append(th(DocumentTexts.text("matters.due")))
                .append(th(DocumentTexts.text("matters.status"))).append("</tr></thead><tbody>");
        for (AgreedAction a : actions) {
            html.append("<tr><td class=\"ref\">").append(text(a.getDisplayReference())).append("</td><td>")
                    .append(text(a.getDescription())).append("</td><td>").append(text(a.getOwnerLabel()))
                    .append("</td><td class=\"due\">").append(text(DocumentFormats.due(a))).append("</td><td>")
                    .append(text(DocumentFormats.status(a.getStatus()))).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }
}
