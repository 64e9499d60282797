package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.workprogramme.domain.ReportingPeriod;

/** A reporting period of a work programme: its span and the day updates are due. */
@JsonbPropertyOrder({"id", "title", "startsOn", "endsOn", "dueBy"})
@Schema(name = "ReportingPeriod")
public record ReportingPeriodDto(long id, @Schema(example = "Year to November 2018") String title, LocalDate startsOn,
                                 LocalDate endsOn, LocalDate dueBy) {

    public static ReportingPeriodDto of(ReportingPeriod period) {
        return new ReportingPeriodDto(period.getId(), period.getTitle(), period.getStartsOn(), period.getEndsOn(),
                period.getDueDate());
    }
}
