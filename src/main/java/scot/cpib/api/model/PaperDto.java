package scot.cpib.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A paper for an agenda item and where to download it. */
@Schema(name = "Paper")
public record PaperDto(long id, String title, boolean confidential, String downloadUrl) {
}
