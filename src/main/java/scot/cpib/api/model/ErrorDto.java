package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error: the HTTP status, its reason phrase, a message for people and, for a bad query
 * parameter, the parameter's name.
 */
@JsonbPropertyOrder({"status", "error", "message", "parameter"})
@Schema(name = "Error", description = "An error answer")
public record ErrorDto(int status, String error, String message,
                       @Schema(description = "The query parameter at fault (400 only)") String parameter) {
}
