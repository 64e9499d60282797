package scot.cpib.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.AuditEntry;

class AuditResultsTest {

    private static List<AuditEntry> entries(int count) {
        return Collections.nCopies(count, null);
    }

    @Test
    void countedEntriesMakeAsManyPagesAsTheyFill() {
        assertEquals(3, new AuditResults(entries(50), 101, 0, 50).pageCount());
        assertEquals(0, new AuditResults(entries(0), 0, 0, 50).pageCount());
    }

    @Test
    void beyondTheCountThePagesRunOnWhileTheyAreFull() {
        assertEquals(200, new AuditResults(entries(50), 10_000, 0, 50, true).pageCount());
        assertEquals(302, new AuditResults(entries(50), 10_000, 300, 50, true).pageCount(), "a full page has a next one");
        assertEquals(301, new AuditResults(entries(20), 10_000, 300, 50, true).pageCount(), "a part-filled page is the last");
    }
}
