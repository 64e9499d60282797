package scot.cpib.workprogramme.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import scot.cpib.shared.web.IdConverter;
import scot.cpib.workprogramme.application.ResourceSearch;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.domain.ResourceItem;
import scot.cpib.workprogramme.domain.ResourceKind;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * The resource catalogue, searched by a plain GET form (so a search can be bookmarked): words,
 * a workstream that lists the resource, and the kind of resource.
 */
@Named
@RequestScoped
public class ResourcesPage {

    @Inject
    private WorkProgrammeQueries queries;

    private String q;
    private String workstream;
    private String kind;
    private List<ResourceItem> results;

    public void load() {
        Long workstreamId = IdConverter.parse(workstream);
        if (workstreamId != null && queries.findWorkstream(workstreamId).isEmpty()) {
            workstreamId = null;
            workstream = null;
        }
        ResourceKind chosenKind = Arrays.stream(ResourceKind.values()).filter(k -> k.name().equals(kind))
                .findFirst().orElse(null);
        results = queries.resources(new ResourceSearch(q, workstreamId, chosenKind));
    }

    public List<ResourceItem> getResults() {
        return results;
    }

    public boolean isFiltered() {
        return (q != null && !q.isBlank()) || workstream != null || (kind != null && !kind.isBlank());
    }

    /** The versions the caller may see, each with its workstreams, for the workstream filter. */
    public List<WorkProgramme> getVersions() {
        return queries.versions();
    }

    public List<ResourceKind> getKinds() {
        return List.of(ResourceKind.values());
    }

    /** The workstreams (of versions the caller may see) that list the resource. */
    public List<Workstream> listedBy(ResourceItem resource) {
        return queries.workstreamsListing(resource);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getWorkstream() {
        return workstream;
    }

    public void setWorkstream(String workstream) {
        this.workstream = workstream;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
