package scot.cpib.reporting.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Printing an upload, by whichever route this machine has (LibreOffice where installed, pure Java
 * otherwise): the Word paper's text is there either way, and a broken file is refused with a reason.
 */
class OfficePrinterTest {

    @Test
    void aWordPaperIsPrintedWithItsTextOnEveryMachine() throws Exception {
        OfficePrinter.Printed printed = OfficePrinter.print("feedback.docx", "Partner feedback", OfficeFixtures.docx());
        String text = JavaOfficeRouteTest.text(printed.pdf());
        assertTrue(text.contains("Chief officers asked for fewer, clearer messages."), text);
        assertTrue(text.contains("Police Scotland"), text);
        if (!OfficePrinter.libreOfficeAvailable()) {
            assertEquals("Java", printed.route());
        } else {
            // LibreOffice prints it, or the pure-Java route does when LibreOffice fails or times out
            assertTrue(List.of("LibreOffice", "Java").contains(printed.route()), printed.route());
        }
        assertEquals(1, printed.pages());
    }

    @Test
    void anOpenDocumentAndATextPaperArePrintedWithTheirText() throws Exception {
        assertTrue(JavaOfficeRouteTest.text(OfficePrinter.print("set.odt", "Set", OfficeFixtures.odt()).pdf()).contains("Dundee"));
        byte[] txt = "The board is asked to note the figures.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(JavaOfficeRouteTest.text(OfficePrinter.print("note.txt", "Note", txt).pdf()).contains("note the figures"));
    }

    @Test
    void aTruncatedWordFileIsRefusedAsUnreadable() {
        byte[] docx = OfficeFixtures.docx();
        byte[] truncated = Arrays.copyOf(docx, docx.length / 3);
        UnreadablePaper refused = assertThrows(UnreadablePaper.class, () -> OfficePrinter.print("cut.docx", "Cut", truncated));
        assertEquals(UnreadablePaper.Reason.UNREADABLE, refused.reason());
    }

    @Test
    void aZipWithoutAWordDocumentInsideIsRefusedAsUnreadable() {
        byte[] notWord = OfficeFixtures.zip("text/plain", "notes.xml", "<notes/>");
        UnreadablePaper refused = assertThrows(UnreadablePaper.class, () -> OfficePrinter.print("fake.docx", "Fake", notWord));
        assertEquals(UnreadablePaper.Reason.UNREADABLE, refused.reason());
    }

    @Test
    void aWordFileWithNoTextIsRefused() {
        UnreadablePaper refused = assertThrows(UnreadablePaper.class,
                () -> OfficePrinter.print("blank.docx", "Blank", OfficeFixtures.emptyDocx()));
        assertEquals(UnreadablePaper.Reason.NO_TEXT, refused.reason());
    }

    @Test
    void textIsPlausibleOnlyWithLettersAndLittleJunk() {
        assertTrue(OfficePrinter.plausible("Budget 2032 \u2013 note"));
        assertFalse(OfficePrinter.plausible("  \n "));
        assertFalse(OfficePrinter.plausible("\uFFFD\uFFFD\uFFFD\uFFFDab"));
    }
}
