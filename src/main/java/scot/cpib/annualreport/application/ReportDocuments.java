package scot.cpib.annualreport.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import scot.cpib.annualreport.domain.AnnualReport;
import scot.cpib.annualreport.domain.Figure;
import scot.cpib.annualreport.domain.ReportSection;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.reporting.application.DocxLists;
import scot.cpib.reporting.application.DocxStyles;
import scot.cpib.reporting.application.MinuteHtml;
import scot.cpib.reporting.infrastructure.TaggedPdf;
import scot.cpib.shared.application.BundleTexts;
import scot.cpib.shared.domain.UkDates;

/**
 * The report as files, with the reporting context's writers: a tagged PDF (PDF/UA: title, language, structure,
 * "Page x of y", a bookmark per section) and Word for members to adapt. Each holds the title, the period, the
 * approval, then every section's narrative and its figures as a table, as stored in the report.
 */
@ApplicationScoped
public class ReportDocuments {

    private static final String STYLE = """
            table.figures th { width: 45%; }
            """;

    public void pdf(AnnualReport report, OutputStream out) throws IOException {
        TaggedPdf.write(report.getTitle(), body(report), STYLE, bookmarks(report),
                BundleTexts.text("doc.footer", report.getBoard().getShortName(), report.getTitle()), out);
    }

    public void docx(AnnualReport report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc);
            DocxLists lists = new DocxLists(doc);
            paragraph(doc, DocxStyles.TITLE).createRun().setText(report.getTitle());
            paragraph(doc, null).createRun().setText(period(report));
            String approval = approval(report);
            if (!approval.isEmpty()) {
                paragraph(doc, null).createRun().setText(approval);
            }
            for (ReportSection section : report.getSections()) {
                paragraph(doc, DocxStyles.HEADING_1).createRun().setText(sectionTitle(section));
                if (section.getNarrative() != null) {
                    lists.write(section.getNarrative(), DocxStyles.LIST);
                }
                if (!section.getFigureList().isEmpty()) {
                    XWPFTable table = doc.createTable(section.getFigureList().size() + 1, 2);
                    XWPFTableRow header = table.getRow(0);
                    header.setRepeatHeader(true);
                    header.getCell(0).getParagraphs().get(0).createRun().setText(BundleTexts.text("section.col.figure"));
                    header.getCell(1).getParagraphs().get(0).createRun().setText(BundleTexts.text("section.col.value"));
                    header.getTableCells().forEach(c -> c.getParagraphs().get(0).getRuns().forEach(r -> r.setBold(true)));
                    int r = 1;
                    for (Figure figure : section.getFigureList()) {
                        table.getRow(r).getCell(0).getParagraphs().get(0).createRun().setText(figure.label());
                        table.getRow(r).getCell(1).getParagraphs().get(0).createRun().setText(figure.value());
                        r++;
                    }
                    paragraph(doc, null);
                }
            }
            doc.write(out);
        }
    }

    static String body(AnnualReport report) {
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<h1>").append(text(report.getTitle())).append("</h1>");
        html.append("<p class=\"meta\">").append(text(period(report))).append("</p>");
        String approval = approval(report);
        if (!approval.isEmpty()) {
            html.append("<p class=\"meta\">").append(text(approval)).append("</p>");
        }
        for (ReportSection section : report.getSections()) {
            html.append("<h2 id=\"section-").append(section.getKind()).append("\">").append(text(sectionTitle(section))).append("</h2>");
            if (section.getNarrative() != null) {
                MinuteHtml.blocks(html, section.getNarrative());
            }
            if (!section.getFigureList().isEmpty()) {
                html.append("<table class=\"figures\"><caption>").append(text(BundleTexts.text("doc.figures", sectionTitle(section))))
                        .append("</caption><thead><tr><th scope=\"col\">").append(text(BundleTexts.text("section.col.figure")))
                        .append("</th><th scope=\"col\">").append(text(BundleTexts.text("section.col.value")))
                        .append("</th></tr></thead><tbody>");
                for (Figure figure : section.getFigureList()) {
                    html.append("<tr><th scope=\"row\">").append(text(figure.label())).append("</th><td>")
                            .append(text(figure.value())).append("</td></tr>");
                }
                html.append("</tbody></table>");
            }
        }
        return html.toString();
    }

    private static String bookmarks(AnnualReport report) {
        StringBuilder marks = new StringBuilder("<bookmarks>");
        for (ReportSection section : report.getSections()) {
            marks.append("<bookmark name=\"").append(text(sectionTitle(section))).append("\" href=\"#section-")
                    .append(section.getKind()).append("\"/>");
        }
        return marks.append("</bookmarks>").toString();
    }

    static String sectionTitle(ReportSection section) {
        return BundleTexts.text("section." + section.getKind().name());
    }

    static String period(AnnualReport report) {
        return BundleTexts.text("doc.period", report.getBoard().getName(), UkDates.date(report.getPeriodStart()),
                UkDates.date(report.getPeriodEnd()));
    }

    /** "Approved by the board at its 16th meeting on 28 February 2019 (item 3)", or nothing before approval. */
    static String approval(AnnualReport report) {
        MinuteEntry entry = report.getApprovedBy();
        if (entry == null) {
            return "";
        }
        return BundleTexts.text("doc.approved", entry.getAgendaItem().getMeeting().getOrdinal(),
                UkDates.date(entry.getAgendaItem().getMeeting().getDate()), entry.getAgendaItem().getLabel());
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style) {
        XWPFParagraph paragraph = doc.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        return paragraph;
    }
}
