package scot.cpib.minutes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.minutes.domain.MinuteText.Block;
import scot.cpib.minutes.domain.MinuteText.Kind;

class MinuteTextTest {

    private static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, List.of(text), 1);
    }

    @Test
    void aSingleLineBreakStartsANewParagraph() {
        assertEquals(List.of(paragraph("The board considered the overview"), paragraph("and agreed the next steps.")),
                MinuteText.blocks("The board considered the overview\nand agreed the next steps."));
    }

    @Test
    void blankLinesSeparateParagraphsAndAreNotPrinted() {
        assertEquals(List.of(paragraph("First."), paragraph("Second.")), MinuteText.blocks("First.\r\n\r\nSecond.\n\n\n"));
        assertEquals(List.of(paragraph("First."), paragraph("Second.")), MinuteText.blocks("First.\rSecond."));
    }

    @Test
    void linesStartingWithADashStarOrBulletBecomeOneBulletedList() {
        List<Block> blocks = MinuteText.blocks("The Board noted:\n- the plan\n* the strategy\n\u2022\tthe budget\nNext steps agreed.");
        assertEquals(List.of(paragraph("The Board noted:"),
                new Block(Kind.BULLETED, List.of("the plan", "the strategy", "the budget"), 1),
                paragraph("Next steps agreed.")), blocks);
        assertTrue(blocks.get(1).isBulleted());
        assertEquals("The Board noted:", blocks.get(0).getText());
    }

    @Test
    void numberedLinesBecomeOneNumberedListCountingFromTheFirstNumber() {
        assertEquals(List.of(new Block(Kind.NUMBERED, List.of("Clarify the purpose", "Link to communications"), 3)),
                MinuteText.blocks("3. Clarify the purpose\n4) Link to communications"));
    }

    @Test
    void aBlankLineOrTheOtherKindOfListStartsANewList() {
        assertEquals(List.of(new Block(Kind.BULLETED, List.of("one"), 1), new Block(Kind.BULLETED, List.of("two"), 1),
                new Block(Kind.NUMBERED, List.of("three"), 1)), MinuteText.blocks("- one\n\n- two\n1. three"));
    }

    @Test
    void figuresAndHyphensInsideWordsAreNotLists() {
        assertEquals(List.of(paragraph("1.5 million people took part."), paragraph("-5 degrees on the day."),
                paragraph("2019. A year of change.")),
                MinuteText.blocks("1.5 million people took part.\n-5 degrees on the day.\n2019. A year of change."));
    }

    @Test
    void aListItemKeepsTheNumbersItsTextStartsWith() {
        assertEquals(List.of(new Block(Kind.BULLETED, List.of("2.5. Performance Management \u2013 covered under item 5"), 1)),
                MinuteText.blocks("- 2.5. Performance Management \u2013 covered under item 5"));
    }

    @Test
    void emptyTextAndEmptyListMarkersHaveNoBlocks() {
        assertTrue(MinuteText.blocks(null).isEmpty());
        assertTrue(MinuteText.blocks("  \n ").isEmpty());
        assertTrue(MinuteText.blocks("-\n- \n").isEmpty());
    }
}
