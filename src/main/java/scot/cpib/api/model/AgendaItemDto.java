package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agenda item as printed on the agenda, with its papers and sub-items (4i, 4ii …). */
@JsonbPropertyOrder({"id", "label", "title", "purpose", "presenter", "standingKind", "confidential", "papers", "subItems"})
@Schema(name = "AgendaItem")
public record AgendaItemDto(long id,
                            @Schema(description = "As printed: \"4\" or \"4ii\"") String label,
                            String title,
                            @Schema(enumeration = {"DECISION", "DISCUSSION", "INFORMATION"}) String purpose,
                            String presenter,
                            @Schema(enumeration = {"WELCOME", "MINUTE_AND_MATTERS_ARISING", "LEARNING_FROM_ENGAGEMENT",
                                "AOB", "FUTURE_ITEMS", "CLOSE"}) String standingKind,
                            boolean confidential,
                            List<PaperDto> papers,
                            List<AgendaItemDto> subItems) {
}
