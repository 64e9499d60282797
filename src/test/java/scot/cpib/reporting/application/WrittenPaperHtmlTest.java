package scot.cpib.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrittenPaperHtmlTest {

    @Test
    void wellFormedPaperKeepsItsMarkupAndCommonEntities() {
        String body = WrittenPaperHtml.body("Engagement strategy", "<p>Budget &pound;5,000 &ndash; <b>for approval</b></p>");
        assertEquals("<h1>Engagement strategy</h1><div><p>Budget &#163;5,000 &#8211; <b>for approval</b></p></div>", body);
    }

    @Test
    void malformedPaperIsPrintedAsItsPlainText() {
        String body = WrittenPaperHtml.body("Notes", "<p>First point<br>second & third<p>Last <i>one");
        assertEquals("<h1>Notes</h1><p>First point</p><p>second &amp; third</p><p>Last one</p>", body);
    }

    @Test
    void doctypeAndEntityDeclarationsAreRefused() {
        assertFalse(WrittenPaperHtml.isWellFormed("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>"));
        assertTrue(WrittenPaperHtml.isWellFormed("<p>fine</p>"));
    }
}
