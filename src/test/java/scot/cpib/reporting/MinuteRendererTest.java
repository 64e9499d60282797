package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import scot.cpib.reporting.application.MinuteDocxRenderer;
import scot.cpib.reporting.application.MinuteRenderer;

class MinuteRendererTest {

    private final BoardPackFixture board = new BoardPackFixture();

    private byte[] pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinuteRenderer().pdf(board.previousMinute(), out);
        save("minute.pdf", out.toByteArray());
        return out.toByteArray();
    }

    private byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinuteDocxRenderer().docx(board.previousMinute(), out);
        save("minute.docx", out.toByteArray());
        return out.toByteArray();
    }

    private static void save(String name, byte[] bytes) throws IOException {
        Path path = Path.of("target", "documents", name);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }

    @Test
    void minutePdfReadsHeadingAttendanceAndItemsInOrder() throws IOException {
        try (PDDocument minute = Loader.loadPDF(pdf())) {
            String text = PdfInspection.flowText(minute);
            String[] inOrder = {"DRAFT \u2014 not yet approved", "Community Planning Improvement Board", "Minute",
                "15th meeting, 28 November 2018, 2pm \u2013 4pm", "Apex House",
                "Attendees: Steve Grimmond (chair), SOLACE; Fraser McKinlay, Audit Scotland; Sarah Gadsden, Improvement Service",
                "Apologies: David Martin, SOLACE", "1. Welcome and Introduction", "4. OEPB Review", "i) OEPB Review Improvement Plan",
                "Embed improvement plan within work programme", "ii) Revised Name and Purpose", "The chair recorded thanks",
                "to strengthen the engagement loop", "Decisions:", "Revised name endorsed.", "Agreed actions, item 4ii",
                "Update and share endorsed name change", "IS", "December 2018", "iii) Engagement Activity: Baseline", "5. AOB"};
            int at = -1;
            for (String words : inOrder) {
                int next = text.indexOf(words, at + 1);
                assertTrue(next > at, "\"" + words + "\" missing or out of order in\n" + text);
                at = next;
            }
            assertTrue(text.contains("Page 1 of " + minute.getNumberOfPages()));
        }
    }

    @Test
    void minutePdfIsTaggedWithTitleAndLanguage() throws IOException {
        try (PDDocument minute = Loader.loadPDF(pdf())) {
            assertNotNull(minute.getDocumentCatalog().getStructureTreeRoot());
            assertEquals("en-GB", minute.getDocumentCatalog().getLanguage());
            assertEquals("Minute of the CPIB 15th, 28 November 2018", minute.getDocumentInformation().getTitle());
        }
    }

    @Test
    void approvedMinuteSaysWhenItWasApprovedAndIsNotMarkedDraft() throws IOException {
        board.fifteenth.approveMinute(board.sixteenth, "Fraser McKinlay", LocalDate.of(2019, 2, 28));
        try (PDDocument minute = Loader.loadPDF(pdf())) {
            String text = PdfInspection.flowText(minute);
            assertFalse(text.contains("DRAFT"));
            assertTrue(text.contains("Status: approved at the 16th meeting on 28 February 2019 (moved by Fraser McKinlay)."), text);
        }
    }

    @Test
    void minuteDocxHasHeadingsBulletsAndTheActionsTable() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("DRAFT \u2014 not yet approved", paragraphs.get(0));
            assertEquals("Community Planning Improvement Board \u2013 Minute", paragraphs.get(1));
            assertTrue(paragraphs.contains("Attendees: Steve Grimmond (chair), SOLACE; Fraser McKinlay, Audit Scotland; Sarah Gadsden, Improvement Service"));
            XWPFParagraph review = doc.getParagraphs().stream().filter(p -> p.getText().equals("4. OEPB Review")).findFirst().orElseThrow();
            assertEquals("Heading1", review.getStyle());
            XWPFParagraph sub = doc.getParagraphs().stream().filter(p -> p.getText().equals("ii) Revised Name and Purpose")).findFirst().orElseThrow();
            assertEquals("Heading2", sub.getStyle());
            XWPFParagraph bullet = doc.getParagraphs().stream().filter(p -> p.getText().equals("to measure success")).findFirst().orElseThrow();
            assertNotNull(bullet.getNumID(), "bullet list item");
            assertTrue(paragraphs.indexOf("The chair recorded thanks to Sarah and Fraser for their work.")
                    < paragraphs.indexOf("to strengthen the engagement loop"));
            XWPFTable actions = doc.getTables().get(1);
            assertEquals(List.of("No.", "Action", "Owner", "Due"), actions.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals("1", actions.getRow(1).getCell(0).getText());
            assertEquals("Update and share endorsed name change and revised purpose", actions.getRow(1).getCell(1).getText());
            assertEquals("IS", actions.getRow(1).getCell(2).getText());
            assertEquals("December 2018", actions.getRow(1).getCell(3).getText());
            assertEquals("CPIB members/Steve Grimmond", actions.getRow(2).getCell(2).getText());
            assertEquals(3, actions.getNumberOfRows());
            assertEquals(3, doc.getTables().size());
        }
    }
}
