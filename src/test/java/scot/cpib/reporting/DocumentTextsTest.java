package scot.cpib.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;

class DocumentTextsTest {

    @Test
    void argumentsArePutIntoTheBundlesPattern() {
        assertEquals("Minute of the CPIB 15th, 28 November 2018", DocumentTexts.text("minute.title", "CPIB", "15th", "28 November 2018"));
        assertEquals(" (moved by Fraser McKinlay)", DocumentTexts.text("minute.status.movedBy", "Fraser McKinlay"));
    }

    @Test
    void numbersArePrintedAsGivenWithoutGrouping() {
        assertEquals("12345 bytes", DocumentTexts.text("attachment.size.bytes", 12345));
        assertEquals("Follow-up of engagement E1024", DocumentTexts.text("actionLog.engagement.origin", 1024L));
    }

    @Test
    void apostrophesInAPatternAreKeptAsWritten() {
        assertEquals("Status over time for workstream 6 (the chart\u2019s data)", DocumentTexts.text("progress.chart.data", 6));
    }

    @Test
    void aLanguageWithoutATranslationReadsEnglish() {
        assertEquals("Minute", DocumentTexts.in(Locale.forLanguageTag("gd")).get("minute.heading"));
        assertEquals("Agreed actions, item 4ii", DocumentTexts.in(Locale.forLanguageTag("gd")).get("minute.actions.caption", "4ii"));
    }

    @Test
    void everyActionStatusHasADocumentLabel() {
        for (ActionStatus status : ActionStatus.values()) {
            assertEquals(DocumentTexts.text("action.status." + status.name()), DocumentFormats.status(status));
        }
        assertEquals("Covered elsewhere", DocumentFormats.status(ActionStatus.COVERED_ELSEWHERE));
    }
}
