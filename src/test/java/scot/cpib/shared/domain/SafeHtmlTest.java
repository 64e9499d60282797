package scot.cpib.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void keepsThePaperStructure() {
        String paper = "<h2>Aims</h2><p>The board <strong>will</strong> engage.</p><ol><li>One</li></ol>"
                + "<table><caption>Matrix</caption><tr><th scope=\"col\">Group</th></tr><tr><td>CPP Chairs</td></tr></table>"
                + "<p><a href=\"https://www.improvementservice.org.uk\">IS</a></p>";
        String cleaned = SafeHtml.clean(paper);
        assertTrue(cleaned.contains("<h2>Aims</h2>"), cleaned);
        assertTrue(cleaned.contains("<strong>will</strong>"), cleaned);
        assertTrue(cleaned.contains("<th scope=\"col\">Group</th>"), cleaned);
        assertTrue(cleaned.contains("href=\"https://www.improvementservice.org.uk\""), cleaned);
    }

    @Test
    void removesScriptsHandlersAndDangerousLinks() {
        String cleaned = SafeHtml.clean("<p onclick=\"steal()\">Hi<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">x</a><img src=\"https://evil.example/t.gif\"/><iframe src=\"x\"></iframe>");
        assertFalse(cleaned.contains("script"), cleaned);
        assertFalse(cleaned.contains("onclick"), cleaned);
        assertFalse(cleaned.contains("javascript:"), cleaned);
        assertFalse(cleaned.contains("img"), cleaned);
        assertFalse(cleaned.contains("iframe"), cleaned);
        assertTrue(cleaned.startsWith("<p>Hi</p>"), cleaned);
    }

    @Test
    void givesWellFormedXhtmlForThePdfRenderer() {
        assertEquals("<p>One<br />two &amp; three</p>", SafeHtml.clean("<p>One<br>two & three"));
        assertNull(SafeHtml.clean(null));
    }
}
