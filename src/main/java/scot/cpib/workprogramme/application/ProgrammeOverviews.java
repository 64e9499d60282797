package scot.cpib.workprogramme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.workprogramme.domain.WorkProgramme;

/**
 * Reads the work programme overview in one transaction (issue 13), so that what its reads share is read
 * once: outside one, each query's entities were detached as it returned, and the workstreams batched
 * from the versions read their version again. The outcomes line is not read here: it is kept under the
 * data version ({@link OutcomesOverview#summary}), which is not consulted inside a transaction.
 */
@ApplicationScoped
public class ProgrammeOverviews {

    @Inject
    private WorkProgrammeQueries queries;

    @Inject
    private ProgressReportAssembler reports;

    @Inject
    private CurrentUser currentUser;

    /**
     * The overview of the version asked for, or of the newest the caller may see when {@code id} is
     * null; empty when the version asked for is not one the caller may see.
     */
    @Transactional
    public Optional<ProgrammeOverview> read(Long id, boolean asked) {
        List<WorkProgramme> versions = queries.versions();
        // the versions are this board's the caller may see: the one asked for is among them or not found
        Optional<WorkProgramme> found = asked ? versions.stream().filter(p -> p.getId().equals(id)).findFirst()
                : versions.stream().findFirst();
        if (asked && found.isEmpty()) {
            return Optional.empty();
        }
        WorkProgramme programme = found.orElse(null);
        List<WorkstreamSummary> rows = programme == null ? List.of() : queries.overview(programme);
        rows.forEach(row -> row.getWorkstream().getLeadLabel()); // the leads, and who they are, read here
        boolean reportable = programme != null && currentUser.isBoardReader() && reports.isReportable(programme);
        return Optional.of(new ProgrammeOverview(versions, programme, rows, reportable));
    }
}
