package scot.cpib.api.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, the page number (from 0), the page size and the total across all pages. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
@Schema(name = "Page", description = "One page of a list")
public record PageDto<T>(List<T> items, int page, int size, long total) {
}
