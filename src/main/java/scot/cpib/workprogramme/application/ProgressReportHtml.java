package scot.cpib.workprogramme.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;
import static scot.cpib.reporting.infrastructure.Xhtml.th;

import java.util.List;
import java.util.Optional;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;
import scot.cpib.reporting.application.MinuteHtml;
import scot.cpib.workprogramme.domain.ProgressReport;
import scot.cpib.workprogramme.domain.ProgressReport.Strand;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * The progress report as XHTML: a summary table of every workstream with its status as text, then
 * per workstream the update for the period, its activities, its linked actions (overdue, open,
 * complete) and its RAG history as a chart and as a table.
 */
final class ProgressReportHtml {

    static final String STYLE = """
            .rag { font-weight: bold; }
            table.summary td.num { width: 8mm; }
            .none { font-weight: bold; border: 1pt solid #000; padding: 1.5mm; }
            .chart { width: auto; border-collapse: separate; border-spacing: 2mm 0; margin: 2mm 0 1mm 0; }
            .chart td { border: none; padding: 0; vertical-align: bottom; text-align: center; width: 28mm; font-size: 8pt; }
            .bar { margin: 0 auto; width: 14mm; border: 0.5pt solid #333; }
            .bar-green { height: 18mm; background: #2e7d32; }
            .bar-amber { height: 12mm; background: #f2a900; }
            .bar-red { height: 6mm; background: #c62828; }
            .bar-none { height: 1mm; background: #ffffff; }
            .axis td { border-top: 0.8pt solid #000; padding-top: 1mm; }
            .chart-block { page-break-inside: avoid; }
            """;

    private ProgressReportHtml() {
    }

    static String title(ProgressReport report) {
        return DocumentTexts.text("progress.title", report.programme().getTitle(), report.period().getTitle());
    }

    static String body(ProgressReport report) {
        StringBuilder html = new StringBuilder(32 * 1024);
        html.append("<h1>").append(text(title(report))).append("</h1>");
        ReportingPeriod period = report.period();
        html.append("<p class=\"meta\">").append(text(DocumentTexts.text("progress.version",
                report.programme().getBoard().getName(), report.programme().getVersionNumber()))).append("</p>");
        html.append("<p class=\"meta\">").append(text(DocumentTexts.text("progress.period", span(period),
                DocumentFormats.date(period.getDueDate()), DocumentFormats.date(report.asAt()))))
                .append("</p>");
        summary(html, report);
        for (Strand strand : report.workstreams()) {
            workstream(html, report, strand);
        }
        return html.toString();
    }

    /** The PDF's outline: the summary, then each workstream. */
    static String bookmarks(ProgressReport report) {
        StringBuilder marks = new StringBuilder("<bookmarks><bookmark name=\"").append(text(DocumentTexts.text("progress.summary")))
                .append("\" href=\"#summary\"/>");
        for (Strand strand : report.workstreams()) {
            Workstream ws = strand.workstream();
            marks.append("<bookmark name=\"").append(text(ws.getNumberedTitle())).append("\" href=\"#workstream")
                    .append(ws.getNumber()).append("\"/>");
        }
        return marks.append("</bookmarks>").toString();
    }

    static String span(ReportingPeriod period) {
        String end = DocumentFormats.date(period.getEndsOn());
        return period.getStartsOn() == null ? DocumentTexts.text("progress.span.to", end)
                : DocumentTexts.text("progress.span", DocumentFormats.date(period.getStartsOn()), end);
    }

    private static void summary(StringBuilder html, ProgressReport report) {
        html.append("<h2 id=\"summary\">").append(text(DocumentTexts.text("progress.summary")))
                .append("</h2><table class=\"summary\"><caption>")
                .append(text(DocumentTexts.text("progress.summary.caption", report.period().getTitle()))).append("</caption><thead><tr>")
                .append(th(DocumentTexts.text("progress.col.number"))).append(th(DocumentTexts.text("progress.col.workstream"), "wide"))
                .append(th(DocumentTexts.text("progress.col.lead"))).append(th(DocumentTexts.text("progress.col.status")))
                .append(th(DocumentTexts.text("progress.col.given"))).append(th(DocumentTexts.text("progress.col.open")))
                .append(th(DocumentTexts.text("progress.col.overdue"))).append("</tr></thead><tbody>");
        for (Strand strand : report.workstreams()) {
            Workstream ws = strand.workstream();
            Optional<ProgressUpdate> update = strand.updateFor(report.period());
            html.append("<tr><td class=\"num\">").append(ws.getNumber()).append("</td><td>").append(text(ws.getTitle()))
                    .append("</td><td>").append(text(lead(ws))).append("</td><td class=\"rag\">")
                    .append(text(ProgressReport.ragText(update))).append("</td><td>")
                    .append(text(ProgressReport.isGiven(update) ? DocumentFormats.date(update.get().getSubmittedAt().toLocalDate()) : "\u2013"))
                    .append("</td><td>").append(ProgressReportActions.open(strand, report.asAt()).size())
                    .append("</td><td>").append(ProgressReportActions.overdue(strand, report.asAt()).size())
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    static String lead(Workstream ws) {
        return ws.getLeadLabel().isEmpty() ? DocumentTexts.text("progress.lead.none") : ws.getLeadLabel();
    }

    private static void workstream(StringBuilder html, ProgressReport report, Strand strand) {
        Workstream ws = strand.workstream();
        html.append("<h2 class=\"newpage\" id=\"workstream").append(ws.getNumber()).append("\">")
                .append(text(ws.getNumberedTitle())).append("</h2>");
        html.append("<p><span class=\"label\">").append(text(DocumentTexts.text("progress.lead"))).append(" </span>")
                .append(text(lead(ws))).append("</p>");
        if (ws.getAim() != null) {
            html.append("<p><span class=\"label\">").append(text(DocumentTexts.text("progress.aim"))).append(" </span>")
                    .append(text(ws.getAim())).append("</p>");
        }
        Optional<ProgressUpdate> update = strand.updateFor(report.period());
        html.append("<h3>").append(text(DocumentTexts.text("progress.update", report.period().getTitle()))).append("</h3>");
        if (ProgressReport.isGiven(update)) {
            given(html, update.get());
        } else {
            html.append("<p class=\"none\">").append(text(DocumentTexts.text("progress.rag.NO_UPDATE"))).append("</p>");
        }
        activities(html, ws, report);
        ProgressReportActions.tables(html, strand, report.asAt());
        ProgressReportChart.history(html, report, strand);
    }

    private static void given(StringBuilder html, ProgressUpdate u) {
        html.append("<p><span class=\"label\">").append(text(DocumentTexts.text("progress.status"))).append(" </span><span class=\"rag\">")
                .append(text(ProgressReport.ragText(u.getRag()))).append("</span>");
        if (u.getRagReason() != null) {
            html.append(" \u2013 ").append(text(u.getRagReason()));
        }
        html.append("</p><p class=\"meta\">").append(text(DocumentTexts.text("progress.givenBy", u.getSubmittedBy(),
                DocumentFormats.date(u.getSubmittedAt().toLocalDate())))).append("</p>");
        section(html, DocumentTexts.text("progress.achievements"), u.getAchievements());
        section(html, DocumentTexts.text("progress.differenceMade"), u.getDifferenceMade());
        section(html, DocumentTexts.text("progress.risksAndIssues"), u.getRisksAndIssues());
        section(html, DocumentTexts.text("progress.nextSteps"), u.getNextSteps());
    }

    private static void section(StringBuilder html, String heading, String narrative) {
        html.append("<h4>").append(text(heading)).append("</h4>");
        if (narrative == null || narrative.isBlank()) {
            html.append("<p>").append(text(DocumentTexts.text("progress.noneGiven"))).append("</p>");
        } else {
            MinuteHtml.blocks(html, narrative);
        }
    }

    private static void activities(StringBuilder html, Workstream ws, ProgressReport report) {
        List<Activity> activities = ws.getActivities();
        html.append("<h3>").append(text(DocumentTexts.text("progress.activities"))).append("</h3>");
        if (activities.isEmpty()) {
            html.append("<p>").append(text(DocumentTexts.text("progress.activities.none"))).append("</p>");
            return;
        }
        html.append("<table><caption>").append(text(DocumentTexts.text("progress.activities.caption", ws.getNumber())))
                .append("</caption><thead><tr>").append(th(DocumentTexts.text("progress.col.number")))
                .append(th(DocumentTexts.text("progress.col.activity"), "wide")).append(th(DocumentTexts.text("progress.col.owner")))
                .append(th(DocumentTexts.text("progress.col.target"))).append(th(DocumentTexts.text("progress.col.status")))
                .append("</tr></thead><tbody>");
        for (Activity a : activities) {
            String status = activityStatus(a) + (a.isOverdueOn(report.asAt()) ? DocumentTexts.text("document.overdue") : "");
            html.append("<tr><td class=\"ref\">").append(text(a.getReference())).append("</td><td>")
                    .append(text(a.getDescription())).append("</td><td>").append(text(a.getOwnerLabel()))
                    .append("</td><td>").append(text(a.getTarget() == null ? "" : a.getTarget().getLabel()))
                    .append("</td><td>").append(text(status)).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    static String activityStatus(Activity a) {
        return DocumentTexts.text("progress.activity.status." + a.getStatus().name());
    }
}
