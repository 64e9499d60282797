package scot.cpib.workprogramme.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;
import static scot.cpib.reporting.infrastructure.Xhtml.th;

import java.util.Optional;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;
import scot.cpib.workprogramme.domain.ProgressReport;
import scot.cpib.workprogramme.domain.ProgressReport.Strand;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.Rag;
import scot.cpib.workprogramme.domain.ReportingPeriod;

/**
 * A workstream's RAG over the reporting periods: drawn as bars (green tallest, red lowest, a flat
 * line where no rating was given), each labelled with the status in words, then the same data as a
 * table with who gave each update and when.
 */
final class ProgressReportChart {

    private ProgressReportChart() {
    }

    static void history(StringBuilder html, ProgressReport report, Strand strand) {
        int number = strand.workstream().getNumber();
        html.append("<div class=\"chart-block\"><h3>").append(text(DocumentTexts.text("progress.chart"))).append("</h3>");
        html.append("<table class=\"chart\"><caption>").append(text(DocumentTexts.text("progress.chart.caption", number)))
                .append("</caption><tbody><tr>");
        for (ReportingPeriod period : report.periods()) {
            Optional<ProgressUpdate> update = strand.updateFor(period);
            html.append("<td><div class=\"bar bar-").append(barClass(update)).append("\"></div></td>");
        }
        html.append("</tr><tr class=\"axis\">");
        for (ReportingPeriod period : report.periods()) {
            html.append("<td>").append(text(ProgressReport.ragText(strand.updateFor(period)))).append("<br/>")
                    .append(text(period.getTitle())).append("</td>");
        }
        html.append("</tr></tbody></table>");
        html.append("<p class=\"meta\">").append(text(DocumentTexts.text("progress.chart.key"))).append("</p></div>");
        html.append("<table><caption>").append(text(DocumentTexts.text("progress.chart.data", number))).append("</caption><thead><tr>")
                .append(th(DocumentTexts.text("progress.col.period"))).append(th(DocumentTexts.text("progress.col.status")))
                .append(th(DocumentTexts.text("progress.col.reason"))).append(th(DocumentTexts.text("progress.col.givenByOn")))
                .append("</tr></thead><tbody>");
        for (ReportingPeriod period : report.periods()) {
            Optional<ProgressUpdate> update = strand.updateFor(period);
            html.append("<tr><th scope=\"row\">").append(text(period.getTitle())).append("</th><td class=\"rag\">")
                    .append(text(ProgressReport.ragText(update))).append("</td><td>")
                    .append(text(update.map(ProgressUpdate::getRagReason).orElse(""))).append("</td><td>")
                    .append(text(update.map(u -> DocumentTexts.text("progress.chart.givenByOn", u.getSubmittedBy(),
                            DocumentFormats.date(u.getSubmittedAt().toLocalDate()))).orElse(""))).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String barClass(Optional<ProgressUpdate> update) {
        Rag rag = update.map(ProgressUpdate::getRag).orElse(Rag.NO_UPDATE);
        return switch (rag) {
            case GREEN -> "green";
            case AMBER -> "amber";
            case RED -> "red";
            case NOT_RATED, NO_UPDATE -> "none";
        };
    }
}
