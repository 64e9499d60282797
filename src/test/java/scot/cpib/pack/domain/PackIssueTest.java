package scot.cpib.pack.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.DomainException;

class PackIssueTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 2, 21);
    private static final LocalDate LATE_DAY = LocalDate.of(2019, 2, 26);

    private final Meeting meeting = new Meeting(new Board("Community Planning Improvement Board", "CPIB"), 16,
            LocalDate.of(2019, 2, 28), LocalTime.of(14, 0), LocalTime.of(16, 0));

    private PackIssue first() {
        return PackIssue.first(meeting, FIRST_DAY.atTime(9, 0), FIRST_DAY, "Emily Lynch", "  ", List.of(10L, 11L, 12L), List.of(7L, 8L));
    }

    @Test
    void firstVersionHoldsEveryPaperInTheMainPack() {
        PackIssue issue = first();
        assertEquals(1, issue.getPackVersion());
        assertEquals(0, issue.lastSupplement());
        assertEquals(0, issue.supplementOf(11L));
        assertEquals(-1, issue.supplementOf(99L));
        assertEquals(FIRST_DAY, issue.getMattersAsAt());
        assertNull(issue.getNote(), "a blank note is no note");
    }

    @Test
    void latePapersBecomeTheNextSupplementAndEarlierPapersKeepTheirPlace() {
        PackIssue second = first().next(LocalDateTime.of(2019, 2, 26, 10, 0), LATE_DAY, "Emily Lynch", "Budget note came late",
                List.of(10L, 11L, 13L, 12L));
        assertEquals(2, second.getPackVersion());
        assertEquals(0, second.supplementOf(10L));
        assertEquals(0, second.supplementOf(12L));
        assertEquals(1, second.supplementOf(13L));
        assertEquals(FIRST_DAY, second.getMattersAsAt(), "matters arising stay as at the first issue");
        assertEquals(LATE_DAY, second.getIssuedOn());
        assertEquals(Set.of(7L, 8L), second.getActionIds());

        PackIssue third = second.next(LocalDateTime.of(2019, 2, 27, 10, 0), LATE_DAY.plusDays(1), "Emily Lynch", null,
                List.of(10L, 11L, 13L, 12L, 14L));
        assertEquals(3, third.getPackVersion());
        assertEquals(1, third.supplementOf(13L));
        assertEquals(2, third.supplementOf(14L));
        assertEquals(2, third.lastSupplement());
    }

    @Test
    void issuingAgainWithNothingNewIsRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> first().next(LocalDateTime.of(2019, 2, 26, 10, 0), LATE_DAY, "Emily Lynch", null, List.of(10L, 11L, 12L)));
        assertEquals("pack.issue.nothingNew", e.getMessageKey());
        assertEquals("note", e.getField());
    }

    @Test
    void aNoteLongerThanTheLimitIsRefused() {
        DomainException e = assertThrows(DomainException.class, () -> PackIssue.first(meeting, FIRST_DAY.atTime(9, 0),
                FIRST_DAY, "Emily Lynch", "x".repeat(PackIssue.NOTE_MAX + 1), List.of(), List.of()));
        assertEquals("pack.issue.noteTooLong", e.getMessageKey());
    }

    @Test
    void storedFileKnowsItsDigest() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PackFile.sha256("abc".getBytes()));
    }
}
