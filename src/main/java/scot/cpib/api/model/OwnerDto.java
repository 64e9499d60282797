package scot.cpib.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.board.domain.OwnerRef;

/** An action owner: its key (usable as the {@code owner} filter) and its label as the minute prints it. */
@Schema(name = "Owner")
public record OwnerDto(@Schema(example = "organisation:3") String key, @Schema(example = "IS") String label) {

    public static OwnerDto of(OwnerRef ref) {
        return new OwnerDto(ref.getKey(), ref.getLabel());
    }
}
