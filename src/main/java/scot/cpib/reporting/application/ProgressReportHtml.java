package scot.cpib.reporting.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.util.List;
import java.util.Optional;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.ProgressReport;
import scot.cpib.reporting.domain.ProgressReport.Strand;
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
        return "Progress report: " + report.programme().getTitle() + ", " + report.period().getTitle();
    }

    static String body(ProgressReport report) {
        StringBuilder html = new StringBuilder(32 * 1024);
        html.append("<h1>").append(text(title(report))).append("</h1>");
        ReportingPeriod period = report.period();
        html.append("<p class=\"meta\">").append(text(report.programme().getBoard().getName() + ", version "
                + report.programme().getVersionNumber() + " of the work programme.")).append("</p>");
        html.append("<p class=\"meta\">").append(text("Reporting period " + span(period) + "; updates due by "
                + DocumentFormats.date(period.getDueDate()) + ". Actions as at " + DocumentFormats.date(report.asAt()) + "."))
                .append("</p>");
        summary(html, report);
        for (Strand strand : report.workstreams()) {
            workstream(html, report, strand);
        }
        return html.toString();
    }

    /** The PDF's outline: the summary, then each workstream. */
    static String bookmarks(ProgressReport report) {
        StringBuilder marks = new StringBuilder("<bookmarks><bookmark name=\"Summary\" href=\"#summary\"/>");
        for (Strand strand : report.workstreams()) {
            Workstream ws = strand.workstream();
            marks.append("<bookmark name=\"").append(text(ws.getNumberedTitle())).append("\" href=\"#workstream")
                    .append(ws.getNumber()).append("\"/>");
        }
        return marks.append("</bookmarks>").toString();
    }

    static String span(ReportingPeriod period) {
        String end = DocumentFormats.date(period.getEndsOn());
        return period.getStartsOn() == null ? "to " + end : DocumentFormats.date(period.getStartsOn()) + " to " + end;
    }

    private static void summary(StringBuilder html, ProgressReport report) {
        html.append("<h2 id=\"summary\">Summary</h2><table class=\"summary\"><caption>Status of every workstream for ")
                .append(text(report.period().getTitle())).append("</caption><thead><tr>")
                .append("<th scope=\"col\">No.</th><th scope=\"col\" class=\"wide\">Workstream</th><th scope=\"col\">Lead</th>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\">Update given</th>")
                .append("<th scope=\"col\">Open actions</th><th scope=\"col\">Overdue actions</th></tr></thead><tbody>");
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
        return ws.getLeadLabel().isEmpty() ? "Lead to be agreed" : ws.getLeadLabel();
    }

    private static void workstream(StringBuilder html, ProgressReport report, Strand strand) {
        Workstream ws = strand.workstream();
        html.append("<h2 class=\"newpage\" id=\"workstream").append(ws.getNumber()).append("\">")
                .append(text(ws.getNumberedTitle())).append("</h2>");
        html.append("<p><span class=\"label\">Lead: </span>").append(text(lead(ws))).append("</p>");
        if (ws.getAim() != null) {
            html.append("<p><span class=\"label\">Aim: </span>").append(text(ws.getAim())).append("</p>");
        }
        Optional<ProgressUpdate> update = strand.updateFor(report.period());
        html.append("<h3>Update for ").append(text(report.period().getTitle())).append("</h3>");
        if (ProgressReport.isGiven(update)) {
            given(html, update.get());
        } else {
            html.append("<p class=\"none\">No update provided</p>");
        }
        activities(html, ws, report);
        ProgressReportActions.tables(html, strand, report.asAt());
        ProgressReportChart.history(html, report, strand);
    }

    private static void given(StringBuilder html, ProgressUpdate u) {
        html.append("<p><span class=\"label\">Status: </span><span class=\"rag\">")
                .append(text(ProgressReport.ragText(u.getRag()))).append("</span>");
        if (u.getRagReason() != null) {
            html.append(" \u2013 ").append(text(u.getRagReason()));
        }
        html.append("</p><p class=\"meta\">").append(text("Given by " + u.getSubmittedBy() + " on "
                + DocumentFormats.date(u.getSubmittedAt().toLocalDate()) + ".")).append("</p>");
        section(html, "Achievements", u.getAchievements());
        section(html, "What difference this has made", u.getDifferenceMade());
        section(html, "Risks and issues", u.getRisksAndIssues());
        section(html, "Next steps", u.getNextSteps());
    }

    private static void section(StringBuilder html, String heading, String narrative) {
        html.append("<h4>").append(text(heading)).append("</h4>");
        if (narrative == null || narrative.isBlank()) {
            html.append("<p>None given.</p>");
        } else {
            MinuteHtml.blocks(html, narrative);
        }
    }

    private static void activities(StringBuilder html, Workstream ws, ProgressReport report) {
        List<Activity> activities = ws.getActivities();
        html.append("<h3>Activities</h3>");
        if (activities.isEmpty()) {
            html.append("<p>No activities are recorded for this workstream.</p>");
            return;
        }
        html.append("<table><caption>Activities of workstream ").append(ws.getNumber()).append("</caption><thead><tr>")
                .append("<th scope=\"col\">No.</th><th scope=\"col\" class=\"wide\">Activity</th><th scope=\"col\">Owner</th>")
                .append("<th scope=\"col\">Target</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        for (Activity a : activities) {
            String status = activityStatus(a) + (a.isOverdueOn(report.asAt()) ? " (overdue)" : "");
            html.append("<tr><td class=\"ref\">").append(text(a.getReference())).append("</td><td>")
                    .append(text(a.getDescription())).append("</td><td>").append(text(a.getOwnerLabel()))
                    .append("</td><td>").append(text(a.getTarget() == null ? "" : a.getTarget().getLabel()))
                    .append("</td><td>").append(text(status)).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    static String activityStatus(Activity a) {
        return switch (a.getStatus()) {
            case PLANNED -> "Planned";
            case IN_PROGRESS -> "In progress";
            case COMPLETE -> "Complete";
            case DROPPED -> "Dropped";
        };
    }
}
