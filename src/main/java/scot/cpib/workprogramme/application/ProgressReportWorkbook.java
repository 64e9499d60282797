package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;
import scot.cpib.workprogramme.domain.ProgressReport;
import scot.cpib.workprogramme.domain.ProgressReport.Strand;
import scot.cpib.workprogramme.domain.Activity;
import scot.cpib.workprogramme.domain.ProgressUpdate;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * The progress report as an Excel workbook with the same facts as the PDF, one sheet each: Summary,
 * Updates, Activities, Actions and RAG history (a row per workstream, a column per period).
 * Header rows are bold, frozen and filterable; statuses are words.
 */
@ApplicationScoped
public class ProgressReportWorkbook {

    public static final List<String> SUMMARY = texts("progress.col.number", "progress.col.workstream", "progress.col.lead",
            "progress.col.status", "progress.col.given", "progress.col.open", "progress.col.overdue");
    public static final List<String> UPDATES = texts("progress.col.number", "progress.col.workstream", "progress.col.status",
            "progress.col.reason", "progress.achievements", "progress.differenceMade", "progress.risksAndIssues",
            "progress.nextSteps", "progress.col.givenBy", "progress.col.givenOn");
    public static final List<String> ACTIVITIES = texts("progress.col.workstream", "progress.col.number", "progress.col.activity",
            "progress.col.owner", "progress.col.target", "progress.col.status");
    public static final List<String> ACTIONS = texts("progress.col.workstream", "actionLog.reference", "actionLog.action",
            "progress.col.owner", "actionLog.due", "actionLog.status", "actionLog.overdue");

    public void xlsx(ProgressReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(ProgressReportHtml.title(report));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Sheets sheets = new Sheets(bold, wrap);
            sheets.write(workbook.createSheet(DocumentTexts.text("progress.summary")), SUMMARY, summaryRows(report));
            sheets.write(workbook.createSheet(DocumentTexts.text("progress.sheet.updates")), UPDATES, updateRows(report));
            sheets.write(workbook.createSheet(DocumentTexts.text("progress.activities")), ACTIVITIES, activityRows(report));
            sheets.write(workbook.createSheet(DocumentTexts.text("progress.sheet.actions")), ACTIONS, actionRows(report));
            List<String> history = new ArrayList<>(texts("progress.col.number", "progress.col.workstream"));
            report.periods().forEach(p -> history.add(p.getTitle()));
            sheets.write(workbook.createSheet(DocumentTexts.text("progress.sheet.history")), history, historyRows(report));
            workbook.write(out);
        }
    }

    private static List<List<String>> summaryRows(ProgressReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (Strand s : report.workstreams()) {
            Workstream ws = s.workstream();
            Optional<ProgressUpdate> u = s.updateFor(report.period());
            rows.add(List.of(Integer.toString(ws.getNumber()), ws.getTitle(), ProgressReportHtml.lead(ws),
                    ProgressReport.ragText(u), ProgressReport.isGiven(u) ? DocumentFormats.date(u.get().getSubmittedAt().toLocalDate()) : "",
                    Integer.toString(ProgressReportActions.open(s, report.asAt()).size()),
                    Integer.toString(ProgressReportActions.overdue(s, report.asAt()).size())));
        }
        return rows;
    }

    private static List<List<String>> updateRows(ProgressReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (Strand s : report.workstreams()) {
            Workstream ws = s.workstream();
            Optional<ProgressUpdate> u = s.updateFor(report.period());
            if (ProgressReport.isGiven(u)) {
                ProgressUpdate g = u.get();
                rows.add(List.of(Integer.toString(ws.getNumber()), ws.getTitle(), ProgressReport.ragText(g.getRag()),
                        nz(g.getRagReason()), nz(g.getAchievements()), nz(g.getDifferenceMade()), nz(g.getRisksAndIssues()),
                        nz(g.getNextSteps()), g.getSubmittedBy(), DocumentFormats.date(g.getSubmittedAt().toLocalDate())));
            } else {
                rows.add(List.of(Integer.toString(ws.getNumber()), ws.getTitle(), ProgressReport.ragText(u),
                        "", "", "", "", "", "", ""));
            }
        }
        return rows;
    }

    private static List<List<String>> activityRows(ProgressReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (Strand s : report.workstreams()) {
            for (Activity a : s.workstream().getActivities()) {
                rows.add(List.of(s.workstream().getNumberedTitle(), a.getReference(), a.getDescription(), a.getOwnerLabel(),
                        a.getTarget() == null ? "" : a.getTarget().getLabel(),
                        ProgressReportHtml.activityStatus(a) + (a.isOverdueOn(report.asAt()) ? DocumentTexts.text("document.overdue") : "")));
            }
        }
        return rows;
    }

    private static List<List<String>> actionRows(ProgressReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (Strand s : report.workstreams()) {
            List<AgreedAction> ordered = new ArrayList<>(ProgressReportActions.overdue(s, report.asAt()));
            ordered.addAll(ProgressReportActions.open(s, report.asAt()));
            ordered.addAll(ProgressReportActions.closed(s));
            for (AgreedAction a : ordered) {
                rows.add(List.of(s.workstream().getNumberedTitle(), a.getDisplayReference(), a.getDescription(),
                        a.getOwnerLabel(), DocumentFormats.due(a), DocumentFormats.status(a.getStatus()),
                        DocumentTexts.text(a.isOverdueOn(report.asAt()) ? "document.yes" : "document.no")));
            }
        }
        return rows;
    }

    private static List<List<String>> historyRows(ProgressReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (Strand s : report.workstreams()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(s.workstream().getNumber()), s.workstream().getTitle()));
            for (ReportingPeriod p : report.periods()) {
                row.add(ProgressReport.ragText(s.updateFor(p)));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> texts(String... keys) {
        return Arrays.stream(keys).map(DocumentTexts::text).toList();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /** Writes a sheet: bold frozen header with a filter, text wrapped in the long columns. */
    private record Sheets(CellStyle bold, CellStyle wrap) {

        void write(Sheet sheet, List<String> headers, List<List<String>> rows) {
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, headers.get(c).length() + 4)) * 256);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                    if (values.get(c).length() > 40) {
                        row.getCell(c).setCellStyle(wrap);
                        sheet.setColumnWidth(c, 60 * 256);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
        }
    }
}
