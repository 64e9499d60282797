package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.cpib.reporting.application.ActionLogExporter;
import scot.cpib.reporting.application.MattersArisingPaper;

class ActionLogExporterTest {

    private static final LocalDate AS_AT = LocalDate.of(2019, 3, 1);
    private final BoardPackFixture board = new BoardPackFixture();
    private final ActionLogExporter exporter = new ActionLogExporter();

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(cell.getStringCellValue());
        }
        return values;
    }

    @Test
    void workbookHasAFrozenFilterableHeaderAndOneRowPerAction() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.xlsx(board.actions, AS_AT, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Action log");
            assertEquals(ActionLogExporter.HEADERS, cells(sheet.getRow(0)));
            assertEquals(4, sheet.getLastRowNum());
            assertNotNull(sheet.getPaneInformation());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals("A1:J5", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(List.of("15/4i/1", "Embed improvement plan within work programme to enable monitoring/reporting",
                    "15th meeting, 28 November 2018", "4i OEPB Review Improvement Plan", "IS", "February 2019", "Open", "Yes",
                    "Plan embedded in the draft work programme", "15 January 2019"), cells(sheet.getRow(1)));
            assertEquals(List.of("Complete", "No", ""), cells(sheet.getRow(2)).subList(6, 9));
            assertEquals("CPIB members/Steve Grimmond", sheet.getRow(3).getCell(4).getStringCellValue());
            assertEquals("Yes", sheet.getRow(4).getCell(7).getStringCellValue(), "due 28 February, as at 1 March: overdue");
            assertTrue(sheet.getRow(1).getCell(1).getCellStyle().getWrapText(), "the action's text wraps");
            assertTrue(sheet.getRow(1).getCell(8).getCellStyle().getWrapText(), "the progress note wraps");
            for (int c : new int[] {0, 2, 3, 4, 5, 6, 7, 9}) {
                assertEquals(0, sheet.getRow(1).getCell(c).getCellStyle().getIndex(), "column " + c + " keeps the default style");
            }
        }
    }

    @Test
    void csvIsQuotedPerRfc4180WithAByteOrderMarkForExcel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.csv(board.actions, AS_AT, out);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals(5, lines.length);
        assertEquals("Reference,Action,Meeting,Item,Owners,Due,Status,Overdue,Latest progress,Progress date", lines[0]);
        assertEquals("15/4ii/2,\"Work stream leads to provide short summary of the last year, \"\"what difference\"\" made\","
                + "\"15th meeting, 28 November 2018\",4ii Revised Name and Purpose,CPIB members/Steve Grimmond,February 2019,Open,Yes,,", lines[3]);
    }

    @Test
    void mattersArisingPaperListsOnlyOutstandingActionsAsAtTheDate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MattersArisingPaper().pdf(board.sixteenth, board.actions, LocalDate.of(2019, 1, 10), out);
        try (PDDocument paper = Loader.loadPDF(out.toByteArray())) {
            String text = PdfInspection.flowText(paper);
            assertTrue(text.contains("Open actions from earlier meetings and engagements, as at 10 January 2019."), text);
            assertTrue(text.contains("15/4iii/1"));
            assertTrue(!text.contains("15/4ii/1"), "completed action left out");
            assertTrue(!text.contains("Plan embedded"), "progress recorded after the date is not shown");
            assertNotNull(paper.getDocumentCatalog().getStructureTreeRoot());
        }
    }
}
