package scot.cpib.home.application;

import java.time.LocalDate;
import scot.cpib.workprogramme.domain.ReportingPeriod;

/** A reporting period as the home page names and links it: a value to keep, not the entity. */
public record PeriodLine(Long id, Long programmeId, String title, LocalDate dueDate) {

    static PeriodLine of(ReportingPeriod period) {
        return new PeriodLine(period.getId(), period.getProgramme().getId(), period.getTitle(), period.getDueDate());
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
