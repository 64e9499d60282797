package scot.cpib.action.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import scot.cpib.action.application.ActionReminders;
import scot.cpib.shared.domain.DomainException;

class ReminderSettingsTest {

    /** Monday 7 December 2026, and the days after it. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static ReminderSettings mondaysAtEight() {
        ReminderSettings settings = new ReminderSettings();
        settings.change(true, 1, 8, 14);
        return settings;
    }

    @Test
    void digestIsDueFromTheChosenHourOfTheChosenDayAndLaterThatWeek() {
        ReminderSettings settings = mondaysAtEight();

        assertFalse(settings.isDueAt(MONDAY.atTime(7, 59)));
        assertTrue(settings.isDueAt(MONDAY.atTime(8, 0)));
        assertTrue(settings.isDueAt(MONDAY.plusDays(3).atTime(1, 0)), "a server down on Monday catches up on Thursday");
    }

    @Test
    void digestIsNeverDueWhenSwitchedOff() {
        ReminderSettings settings = mondaysAtEight();
        settings.change(false, 1, 8, 14);

        assertFalse(settings.isDueAt(LocalDateTime.of(2026, 12, 13, 23, 0)));
    }

    @Test
    void leadTimeMustBeGivenAndWithinNinetyDays() {
        ReminderSettings settings = mondaysAtEight();

        DomainException missing = assertThrows(DomainException.class, () -> settings.change(true, 1, 8, null));
        DomainException tooFar = assertThrows(DomainException.class, () -> settings.change(true, 1, 8, 91));
        DomainException badDay = assertThrows(DomainException.class, () -> settings.change(true, 8, 8, 14));

        assertEquals("leadDays", missing.getField());
        assertEquals("reminders.settings.leadDays.range", tooFar.getMessageKey());
        assertEquals("day", badDay.getField());
        assertEquals(14, settings.getLeadDays(), "nothing changed by a refused change");
    }

    @Test
    void weekOfADigestIsTheIsoWeekAcrossTheTurnOfTheYear() {
        assertEquals("2026-W50", ActionReminders.periodOf(MONDAY));
        assertEquals("2026-W53", ActionReminders.periodOf(LocalDate.of(2027, 1, 1)));
        assertEquals("2027-W01", ActionReminders.periodOf(LocalDate.of(2027, 1, 4)));
    }
}
