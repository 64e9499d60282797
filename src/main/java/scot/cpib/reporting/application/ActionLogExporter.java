package scot.cpib.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import scot.cpib.action.domain.ActionProgress;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;

/**
 * The action log as Excel and CSV: one row per action, in the order given (the caller has already
 * applied the register's filters and sort). Overdue and the latest progress are as at the given day.
 */
@ApplicationScoped
public class ActionLogExporter {

    public static final List<String> HEADERS = Stream.of("reference", "action", "meeting", "item", "owners", "due",
            "status", "overdue", "progress", "progressDate").map(k -> DocumentTexts.text("actionLog." + k)).toList();
    private static final int[] WIDTHS = {14, 60, 30, 40, 28, 18, 18, 10, 60, 18};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** An .xlsx workbook with a frozen, filterable header row; rows are streamed, not held in memory. */
    public void xlsx(List<AgreedAction> actions, LocalDate asAt, OutputStream out) throws IOException {
        xlsxRows(rows(actions, asAt), asAt, out);
    }

    /**
     * The workbook of rows already made by {@link #rows}: the caller reads the actions while its
     * persistence context is open and writes the file after (issue 13: no statement per row).
     */
    public void xlsxRows(List<List<String>> rows, LocalDate asAt, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(DocumentTexts.text("actionLog.title", DocumentFormats.date(asAt)));
            Sheet sheet = workbook.createSheet(DocumentTexts.text("actionLog.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            // Every cell gets a style of its own, the workbook's default where nothing else is wanted: a cell
            // without one asks its column's default style of the sheet's XML (XMLBeans) when it is written,
            // about two-fifths of the workbook's time for 2,400 rows (issue 13). The file is the same.
            CellStyle plain = workbook.getCellStyleAt(0);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(values.get(c));
                    cell.setCellStyle(c == 1 || c == 8 ? wrap : plain);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.size() - 1));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** RFC 4180 CSV in UTF-8 with a byte-order mark so Excel reads the accents and dashes right. */
    public void csv(List<AgreedAction> actions, LocalDate asAt, OutputStream out) throws IOException {
        csvRows(rows(actions, asAt), out);
    }

    /** The CSV of rows already made by {@link #rows}. */
    public void csvRows(List<List<String>> rows, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeLine(writer, HEADERS);
        for (List<String> values : rows) {
            writeLine(writer, values);
        }
        writer.flush();
    }

    /** One row of cell texts per action, in the order given, with overdue and latest progress as at the day. */
    public static List<List<String>> rows(List<AgreedAction> actions, LocalDate asAt) {
        return actions.stream().map(action -> values(action, asAt)).toList();
    }

    static List<String> values(AgreedAction action, LocalDate asAt) {
        Meeting meeting = action.getMeeting();
        AgendaItem item = action.getAgendaItem();
        Optional<ActionProgress> progress = DocumentFormats.latestProgress(action, asAt);
        String agreedAt = meeting != null ? DocumentTexts.text("actionLog.meeting.at", meeting.getOrdinal(), DocumentFormats.date(meeting.getDate()))
                : DocumentTexts.text("actionLog.engagement.at", action.getEngagementDate().getLabel());
        String origin = item != null ? item.getLabel() + " " + item.getTitle()
                : DocumentTexts.text("actionLog.engagement.origin", action.getEngagementId());
        return List.of(action.getDisplayReference(), action.getDescription(), agreedAt,
                origin, action.getOwnerLabel(), DocumentFormats.due(action),
                DocumentFormats.status(action.getStatus()), DocumentTexts.text(action.isOverdueOn(asAt) ? "document.yes" : "document.no"),
                progress.map(ActionProgress::getNote).orElse(""),
                progress.map(p -> DocumentFormats.date(p.getRecordedOn())).orElse(""));
    }

    private static void writeLine(Writer writer, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quote(values.get(i)));
        }
        writer.write("\r\n");
    }

    /**
     * Quotes a field when it holds a comma, quote, CR or LF, doubling its quotes (RFC 4180). A field
     * that a spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe.
     */
    static String quote(String value) {
        String field = value == null ? "" : value;
        if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
            field = "'" + field;
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
