package scot.cpib.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConcurrentEditExceptionTest {

    private record Wording(String text) {
    }

    @Test
    void thePageReadsTheirVersionAsTheSnapshotTypeItShows() {
        ConcurrentEditException conflict = new ConcurrentEditException(new Wording("Their wording"));
        assertEquals("Their wording", conflict.theirs(Wording.class).text());
    }

    @Test
    void askingForAnotherSnapshotTypeIsAProgrammingErrorNamingBoth() {
        ConcurrentEditException conflict = new ConcurrentEditException("plain text");
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> conflict.theirs(Wording.class));
        assertEquals("The conflict carries a String, not a Wording", wrong.getMessage());
    }

    @Test
    void aRecordDeletedMeanwhileHasNoSnapshot() {
        assertNull(new ConcurrentEditException(null).theirs(Wording.class));
    }
}
