package scot.cpib.workprogramme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import scot.cpib.board.domain.Organisation;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.Texts;
import scot.cpib.shared.domain.VersionedEntity;

/**
 * An entry of the resource catalogue: support available to CPPs (guidance, tools, data, networks,
 * programmes, services), who provides it and where to find it. Workstreams link to any number of them.
 */
@Entity
@Table(name = "resource_item")
public class ResourceItem extends VersionedEntity {

    public static final int TITLE_MAX = 300;
    public static final int URL_MAX = 500;
    public static final int PROVIDER_MAX = 200;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = URL_MAX)
    private String url;

    @Column(columnDefinition = "TEXT")
    private String description;

    @ManyToOne
    @JoinColumn(name = "provider_organisation_id")
    private Organisation providerOrganisation;

    /** The provider's name when it is not an organisation of the board's record. */
    @Column(name = "provider_name", length = PROVIDER_MAX)
    private String providerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResourceKind kind;

    protected ResourceItem() {
    }

    public ResourceItem(String title, String url, String description, ResourceKind kind) {
        describe(title, url, description, kind);
    }

    public final void describe(String newTitle, String newUrl, String newDescription, ResourceKind newKind) {
        if (newKind == null) {
            throw new DomainException("workprogramme.resource.kind.required", "kind");
        }
        this.title = Texts.required(newTitle, TITLE_MAX, "workprogramme.resource.title", "title");
        this.url = checkedUrl(Texts.optional(newUrl, URL_MAX, "workprogramme.resource.url", "url"));
        this.description = Texts.optional(newDescription, Texts.LONG_MAX, "workprogramme.resource.description", "description");
        this.kind = newKind;
    }

    /** Provided by an organisation of the record, or by a named body that is not one (or unknown: both null). */
    public void providedBy(Organisation organisation, String otherProvider) {
        if (organisation != null && otherProvider != null && !otherProvider.isBlank()) {
            throw new DomainException("workprogramme.resource.provider.oneOnly", "provider");
        }
        this.providerOrganisation = organisation;
        this.providerName = Texts.optional(otherProvider, PROVIDER_MAX, "workprogramme.resource.provider", "provider");
    }

    private static String checkedUrl(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new DomainException("workprogramme.resource.url.invalid", "url");
            }
            return value;
        } catch (URISyntaxException e) {
            throw new DomainException("workprogramme.resource.url.invalid", "url");
        }
    }

    /** "Improvement Service", "SCDC", or null when the programme names no provider. */
    public String getProviderLabel() {
        return providerOrganisation != null ? providerOrganisation.getName() : providerName;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getDescription() {
        return description;
    }

    public Organisation getProviderOrganisation() {
        return providerOrganisation;
    }

    public String getProviderName() {
        return providerName;
    }

    public ResourceKind getKind() {
        return kind;
    }
}
