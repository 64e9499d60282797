package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A paper for an agenda item and where to download it. */
@JsonbPropertyOrder({"id", "title", "confidential", "downloadUrl"})
@Schema(name = "Paper")
public record PaperDto(long id, String title, boolean confidential, String downloadUrl) {
}
