package scot.cpib.reporting.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The pure-Java route prints the text, headings, lists and tables of each office format without LibreOffice. */
class JavaOfficeRouteTest {

    @Test
    void aWordPaperPrintsItsHeadingParagraphListAndTable() throws Exception {
        String text = text(JavaOfficeRoute.toPdf(OfficeFormat.DOCX, "Partner feedback", OfficeFixtures.docx()));
        assertTrue(text.contains("Partner feedback"), text);
        assertTrue(text.contains("Chief officers asked for fewer, clearer messages."), text);
        assertTrue(text.contains("Shorter papers") && text.contains("One contact per partner"), text);
        assertTrue(text.contains("Police Scotland") && text.contains("Supportive"), text);
    }

    @Test
    void aWordPaperKeepsItsHeadingAndListAsStructure() throws Exception {
        String html = DocxXhtml.body(new java.io.ByteArrayInputStream(OfficeFixtures.docx()));
        assertTrue(html.startsWith("<h1>Partner feedback</h1>"), html);
        assertTrue(html.contains("<ul><li>Shorter papers</li><li>One contact per partner</li></ul>"), html);
        assertTrue(html.contains("<table><tr><td><p>Partner</p></td>"), html);
    }

    @Test
    void anOpenDocumentTextPrintsItsHeadingListAndTableWithoutTheRepeatedEmptyCells() throws Exception {
        String html = OdfXhtml.body(new java.io.ByteArrayInputStream(OfficeFixtures.odt()));
        assertTrue(html.contains("<h1>Community participation</h1>"), html);
        assertTrue(html.contains("<p>The action learning set met four times.</p>"), html);
        assertTrue(html.contains("<ul><li>Listen first</li><li>Report back</li></ul>"), html);
        assertTrue(html.contains("<h2>Sessions</h2>"), html);
        assertEquals(2, html.split("<tr>", -1).length - 1);
        assertTrue(html.length() < 2000, "16,384 repeated empty cells are not printed: " + html.length());
        String text = text(JavaOfficeRoute.toPdf(OfficeFormat.ODT, "Community participation", OfficeFixtures.odt()));
        assertTrue(text.contains("Dundee") && text.contains("Report back"), text);
    }

    @Test
    void aTextPaperPrintsItsParagraphs() throws Exception {
        byte[] txt = "Budget note\r\n\r\nThe board is asked to note the figures.\nSecond line.".getBytes(StandardCharsets.UTF_8);
        assertEquals("<p>Budget note</p><p>The board is asked to note the figures.<br/>Second line.</p>", TextXhtml.body(txt));
        String text = text(JavaOfficeRoute.toPdf(OfficeFormat.TXT, "Budget note", txt));
        assertTrue(text.contains("The board is asked to note the figures."), text);
    }

    @Test
    void aTextPaperInWindowsEncodingIsReadToo() throws Exception {
        byte[] txt = "Caf\u00e9 costs \u00a3120".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals("<p>Caf\u00e9 costs \u00a3120</p>", TextXhtml.body(txt));
    }

    @Test
    void aSpreadsheetPrintsEachSheetAsATableWithCalculatedValues() throws Exception {
        String text = text(JavaOfficeRoute.toPdf(OfficeFormat.XLSX, "Budget", OfficeFixtures.xlsx()));
        assertTrue(text.contains("Budget 2032"), text);
        assertTrue(text.contains("Engagement events") && text.contains("1250"), text);
        assertTrue(text.contains("2500"), "the formula prints its value: " + text);
    }

    @Test
    void aPresentationPrintsItsSlideTexts() throws Exception {
        String text = text(JavaOfficeRoute.toPdf(OfficeFormat.PPTX, "Outcomes", OfficeFixtures.pptx()));
        assertTrue(text.contains("Slide 1"), text);
        assertTrue(text.contains("Outcomes for communities are the measure of success"), text);
    }

    @Test
    void aBinaryFileNamedTxtIsRefusedAsUnreadable() {
        byte[] binary = new byte[400];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7);
        }
        UnreadablePaper refused = assertThrows(UnreadablePaper.class, () -> JavaOfficeRoute.toPdf(OfficeFormat.TXT, "x", binary));
        assertEquals(UnreadablePaper.Reason.UNREADABLE, refused.reason());
    }

    @Test
    void aWordFileWithNoTextIsRefusedAsHavingNoText() {
        UnreadablePaper refused = assertThrows(UnreadablePaper.class,
                () -> JavaOfficeRoute.toPdf(OfficeFormat.DOCX, "x", OfficeFixtures.emptyDocx()));
        assertEquals(UnreadablePaper.Reason.NO_TEXT, refused.reason());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
