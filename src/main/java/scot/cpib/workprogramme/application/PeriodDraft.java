package scot.cpib.workprogramme.application;

import java.time.LocalDate;

/** What the secretariat types to open a reporting period: its name, its span and the day updates are due. */
public record PeriodDraft(String title, LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {
}
