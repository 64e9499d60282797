package scot.cpib.workprogramme.application;

import java.io.Serializable;
import java.util.Locale;
import scot.cpib.workprogramme.domain.ResourceItem;
import scot.cpib.workprogramme.domain.ResourceKind;

/**
 * What the resource catalogue is filtered by; every part optional: words in the title, description
 * or provider, a workstream that lists the resource, and the kind of resource.
 */
public record ResourceSearch(String text, Long workstreamId, ResourceKind kind) implements Serializable {

    public static final ResourceSearch ALL = new ResourceSearch(null, null, null);

    /** Whether the resource's title, description or provider contains the text (ignoring case). */
    public boolean matchesText(ResourceItem resource) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.UK);
        return contains(resource.getTitle(), wanted) || contains(resource.getDescription(), wanted)
                || contains(resource.getProviderLabel(), wanted);
    }

    public boolean matchesKind(ResourceItem resource) {
        return kind == null || resource.getKind() == kind;
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.UK).contains(wanted);
    }
}
