package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.annualreport.domain.AnnualReport;

/** An annual report in a list: its title, period and where it is in its life. */
@JsonbPropertyOrder({"id", "title", "periodStart", "periodEnd", "status", "publishedAt"})
@Schema(name = "AnnualReportSummary")
public record AnnualReportSummaryDto(long id, String title, LocalDate periodStart, LocalDate periodEnd,
                                     @Schema(enumeration = {"DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED"}) String status,
                                     @Schema(description = "When it was published (UTC); null before") LocalDateTime publishedAt) {

    public static AnnualReportSummaryDto of(AnnualReport report) {
        return new AnnualReportSummaryDto(report.getId(), report.getTitle(), report.getPeriodStart(), report.getPeriodEnd(),
                report.getStatus().name(), report.getPublishedAt());
    }
}
