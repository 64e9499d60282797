package scot.cpib.reporting.paper;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel (.xlsx) paper as XHTML, read with POI: each visible sheet a table under its name, cells as
 * Excel shows them (formulas by their last calculated value). Rows and columns are capped so a huge
 * sheet prints a readable extract and says what was left out; charts and pictures are left out.
 */
final class SheetXhtml {

    static final int MAX_ROWS = 2000;
    static final int MAX_COLUMNS = 30;

    private SheetXhtml() {
    }

    static String body(InputStream in) throws IOException {
        StringBuilder html = new StringBuilder();
        DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
        formatter.setUseCachedValuesForFormulaCells(true);
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                    continue;
                }
                sheet(workbook.getSheetAt(s), formatter, html);
            }
        }
        return html.toString();
    }

    private static void sheet(Sheet sheet, DataFormatter formatter, StringBuilder html) {
        StringBuilder rows = new StringBuilder();
        int printed = 0;
        int widest = 0;
        for (Row row : sheet) {
            if (printed == MAX_ROWS) {
                break;
            }
            int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
            StringBuilder cells = new StringBuilder();
            boolean any = false;
            for (int c = 0; c < last; c++) {
                Cell cell = row.getCell(c);
                String value = cell == null ? "" : formatter.formatCellValue(cell);
                any |= !value.isBlank();
                cells.append("<td>").append(text(value)).append("</td>");
            }
            if (any) {
                rows.append("<tr>").append(cells).append("</tr>");
                printed++;
                widest = Math.max(widest, last);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        html.append("<h2>").append(text(sheet.getSheetName())).append("</h2>");
        html.append("<table class=\"sheet\">").append(rows).append("</table>");
        if (sheet.getLastRowNum() + 1 > printed && printed == MAX_ROWS) {
            html.append("<p>").append(text("Only the first " + MAX_ROWS + " rows of this sheet are printed.")).append("</p>");
        }
        if (widest == MAX_COLUMNS) {
            html.append("<p>").append(text("Only the first " + MAX_COLUMNS + " columns of this sheet are printed.")).append("</p>");
        }
    }
}
