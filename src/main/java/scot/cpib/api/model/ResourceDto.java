package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.cpib.workprogramme.domain.ResourceItem;

/** A resource of the catalogue; {@code workstreamIds} are the visible workstreams that list it. */
@JsonbPropertyOrder({"id", "title", "url", "description", "provider", "kind", "workstreamIds"})
@Schema(name = "Resource")
public record ResourceDto(long id, String title, String url, String description,
                          @Schema(example = "Improvement Service") String provider,
                          @Schema(enumeration = {"GUIDANCE", "TOOL", "DATA", "REPORT", "PROGRAMME", "NETWORK", "SERVICE", "WEBSITE"})
                          String kind, List<Long> workstreamIds) {

    public static ResourceDto of(ResourceItem r, List<Long> workstreamIds) {
        return new ResourceDto(r.getId(), r.getTitle(), r.getUrl(), r.getDescription(), r.getProviderLabel(),
                r.getKind().name(), workstreamIds);
    }
}
