package scot.cpib.annualreport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.annualreport.domain.TextChanges.Change;
import scot.cpib.annualreport.domain.TextChanges.Kind;

/** Comparing two versions of a section's narrative word by word. */
class TextChangesTest {

    @Test
    void wordsThatStayAreKeptAndTheRestMarkedRemovedOrAdded() {
        List<Change> changes = TextChanges.between("The board met twice in the year.", "The board met three times in the year.");
        assertEquals(List.of(new Change(Kind.SAME, "The board met "), new Change(Kind.REMOVED, "twice "),
                new Change(Kind.ADDED, "three times "), new Change(Kind.SAME, "in the year.")), changes);
        assertTrue(TextChanges.changed(changes));
    }

    @Test
    void sameTextHasNoChangeAndEmptyVersionsAreWhollyAddedOrRemoved() {
        assertFalse(TextChanges.changed(TextChanges.between("Same\nlines", "Same\nlines")));
        assertEquals(List.of(new Change(Kind.ADDED, "New text")), TextChanges.between(null, "New text"));
        assertEquals(List.of(new Change(Kind.REMOVED, "Old text")), TextChanges.between("Old text", ""));
        assertEquals(List.of(), TextChanges.between(null, null));
    }
}
