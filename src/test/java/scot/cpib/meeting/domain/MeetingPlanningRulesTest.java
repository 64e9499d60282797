package scot.cpib.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.DomainException;

class MeetingPlanningRulesTest {

    private static final LocalTime TWO = LocalTime.of(14, 0);
    private static final LocalTime FOUR = LocalTime.of(16, 0);

    @Test
    void rescheduledMeetingMustStillFollowThePreviousOne() {
        Meeting february = new Meeting(null, 16, LocalDate.of(2019, 2, 28), TWO, FOUR);
        Meeting may = february.planNext(LocalDate.of(2019, 5, 30), TWO, FOUR);
        DomainException e = assertThrows(DomainException.class, () -> may.reschedule(LocalDate.of(2019, 2, 28), TWO, FOUR));
        assertEquals("meeting.next.afterPrevious", e.getMessageKey());
        assertEquals("date", e.getField());
        assertEquals("28 February 2019", e.getArguments()[0]);
        may.reschedule(LocalDate.of(2019, 3, 1), TWO, FOUR);
        assertEquals(LocalDate.of(2019, 3, 1), may.getDate());
    }

    @Test
    void ordinalNumbersReadAsTheBoardWritesThem() {
        assertEquals("17th", Meeting.ordinalOf(17));
        assertEquals("21st", Meeting.ordinalOf(21));
        assertEquals("112th", Meeting.ordinalOf(112));
    }

    @Test
    void paperNeedsATitleOfReasonableLength() {
        Meeting meeting = new Meeting(null, 16, LocalDate.of(2019, 2, 28), TWO, FOUR);
        AgendaItem item = meeting.addItem("Engagement Strategy");
        assertEquals("paper.title.required", assertThrows(DomainException.class, () -> item.attachPaper(" ", "secretariat")).getMessageKey());
        assertEquals("paper.title.tooLong", assertThrows(DomainException.class,
                () -> item.attachPaper("x".repeat(301), "secretariat")).getMessageKey());
        assertEquals("Engagement Strategy", item.attachPaper(" Engagement Strategy ", "secretariat").getTitle());
    }
}
