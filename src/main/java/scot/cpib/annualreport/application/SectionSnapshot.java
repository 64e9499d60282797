package scot.cpib.annualreport.application;

import java.time.LocalDateTime;
import scot.cpib.annualreport.domain.ReportSection;

/** A section's narrative as saved, shown as "their version" when a save conflicts. */
public record SectionSnapshot(String narrative, String updatedBy, LocalDateTime updatedAt, long version) {

    static SectionSnapshot of(ReportSection section) {
        return new SectionSnapshot(section.getNarrative(), section.getNarrativeUpdatedBy(), section.getNarrativeUpdatedAt(),
                section.getVersion());
    }
}
