package scot.cpib.minutes.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinuteTextTest {

    @Test
    void linesStartingWithADashBecomeOneBulletedList() {
        List<MinuteText.Block> blocks = MinuteText.blocks("The Board noted:\n- the plan\n- the strategy\nNext steps agreed.");
        assertEquals(3, blocks.size());
        assertFalse(blocks.get(0).isList());
        assertEquals("The Board noted:", blocks.get(0).getText());
        assertTrue(blocks.get(1).isList());
        assertEquals(List.of("the plan", "the strategy"), blocks.get(1).getLines());
        assertEquals("Next steps agreed.", blocks.get(2).getText());
    }

    @Test
    void blankLinesSeparateParagraphsAndAreNotPrinted() {
        List<MinuteText.Block> blocks = MinuteText.blocks("First.\r\n\r\nSecond.\n\n\n");
        assertEquals(List.of("First.", "Second."), blocks.stream().map(MinuteText.Block::getText).toList());
    }

    @Test
    void emptyNarrativeHasNoBlocks() {
        assertTrue(MinuteText.blocks(null).isEmpty());
        assertTrue(MinuteText.blocks("  \n ").isEmpty());
    }
}
