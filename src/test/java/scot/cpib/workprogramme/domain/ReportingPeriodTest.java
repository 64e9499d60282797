package scot.cpib.workprogramme.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.shared.domain.DomainException;

/** A reporting period's due date and the reminders recorded against it. */
class ReportingPeriodTest {

    private final WorkProgramme programme = new WorkProgramme(new Board("Community Planning Improvement Board", "CPIB"), 1,
            "OEPB Work Programme", null);
    private final ReportingPeriod quarter = new ReportingPeriod(programme, "Quarter to May 2019", LocalDate.of(2019, 3, 1),
            LocalDate.of(2019, 5, 31), null);

    @Test
    void withoutADeadlineUpdatesAreDueOnTheLastDayAndMissingOnesCanBeRecordedTheDayAfter() {
        assertEquals(LocalDate.of(2019, 5, 31), quarter.getDueDate());
        assertFalse(quarter.isPastDueOn(LocalDate.of(2019, 5, 31)));
        assertTrue(quarter.isPastDueOn(LocalDate.of(2019, 6, 1)));
    }

    @Test
    void aDeadlineMayFallAfterThePeriodButNotBeforeItStarts() {
        quarter.dueBy(LocalDate.of(2019, 6, 14));
        assertEquals(LocalDate.of(2019, 6, 14), quarter.getDueDate());
        assertFalse(quarter.isPastDueOn(LocalDate.of(2019, 6, 1)));
        DomainException early = assertThrows(DomainException.class, () -> quarter.dueBy(LocalDate.of(2019, 2, 28)));
        assertEquals("workprogramme.period.deadline.beforeStart", early.getMessageKey());
        assertEquals("deadline", early.getField());
        assertEquals(LocalDate.of(2019, 6, 14), quarter.getDeadline(), "the refused deadline changed nothing");
    }

    @Test
    void aReminderBelongsToAWorkstreamOfThePeriodsOwnProgramme() {
        Workstream data = programme.addWorkstream(1, "Data/Analysis/Profiles", null);
        UpdateReminder reminder = new UpdateReminder(quarter, data, List.of("roger.halliday@example.org", "phil.couser@example.org"),
                "Emily Lynch", LocalDateTime.of(2019, 6, 3, 9, 0), ReminderOutcome.SENT, null, 7L);
        assertEquals("roger.halliday@example.org, phil.couser@example.org", reminder.getRecipients());
        assertTrue(reminder.getOutcome().isSent());

        WorkProgramme other = new WorkProgramme(programme.getBoard(), 2, "Revised", null);
        Workstream elsewhere = other.addWorkstream(1, "Leadership", null);
        DomainException refused = assertThrows(DomainException.class, () -> new UpdateReminder(quarter, elsewhere, List.of(),
                "Emily Lynch", LocalDateTime.of(2019, 6, 3, 9, 0), ReminderOutcome.NO_ADDRESS, "no lead", null));
        assertEquals("period", refused.getField());
    }
}
