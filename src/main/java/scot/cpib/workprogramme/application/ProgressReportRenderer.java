package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import scot.cpib.reporting.domain.DocumentTexts;
import scot.cpib.workprogramme.domain.ProgressReport;
import scot.cpib.reporting.infrastructure.TaggedPdf;

/**
 * The progress report of a work programme for a reporting period as a tagged PDF (title, language,
 * "Page x of y", a bookmark per workstream): summary, then each workstream's update, activities,
 * actions and RAG history.
 */
@ApplicationScoped
public class ProgressReportRenderer {

    public void pdf(ProgressReport report, OutputStream out) throws IOException {
        TaggedPdf.write(ProgressReportHtml.title(report), ProgressReportHtml.body(report), ProgressReportHtml.STYLE,
                ProgressReportHtml.bookmarks(report), DocumentTexts.text("progress.footer", report.programme().getBoard().getShortName(), report.period().getTitle()), out);
    }
}
