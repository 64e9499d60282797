package scot.cpib.workprogramme.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.web.IdConverter;
import scot.cpib.shared.web.NotFoundPage;
import scot.cpib.workprogramme.application.OutcomesOverview;
import scot.cpib.workprogramme.application.OutcomesSummary;
import scot.cpib.workprogramme.application.ProgressReportAssembler;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.application.WorkstreamSummary;
import scot.cpib.workprogramme.domain.ProgrammeStatus;
import scot.cpib.workprogramme.domain.WorkProgramme;

/**
 * The work programme overview: one version (the newest the caller may see, or the one asked for) with
 * every workstream's leads, latest RAG, outstanding and overdue actions and last update, and links to
 * the other versions and to the progress report.
 */
@Named
@RequestScoped
public class ProgrammePage {

    @Inject
    private ProgressReportAssembler reports;

    @Inject
    private WorkProgrammeQueries queries;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private OutcomesOverview outcomes;

    private String version;
    private WorkProgramme programme;
    private List<WorkstreamSummary> rows;
    private OutcomesSummary outcomesSummary;
    private List<WorkProgramme> versions;
    private Boolean reportable;

    /** Finds the version; an unknown or hidden one is the 404 page. */
    public void load() {
        Optional<WorkProgramme> found = version == null ? getVersions().stream().findFirst()
                : queries.findVersion(IdConverter.parse(version));
        if (found.isEmpty() && version != null) {
            NotFoundPage.send();
            return;
        }
        programme = found.orElse(null);
        rows = programme == null ? List.of() : queries.overview(programme);
    }

    public WorkProgramme getProgramme() {
        return programme;
    }

    public List<WorkstreamSummary> getRows() {
        return rows;
    }

    /** The other versions the caller may see, newest first. */
    public List<WorkProgramme> getOtherVersions() {
        return getVersions().stream().filter(p -> !p.equals(programme)).toList();
    }

    /** Every version the caller may see, newest first: read once for the request. */
    private List<WorkProgramme> getVersions() {
        if (versions == null) {
            versions = queries.versions();
        }
        return versions;
    }

    public boolean isDraft() {
        return programme != null && programme.getStatus() == ProgrammeStatus.DRAFT;
    }

    /** The approved version progress is reported against, when the page shows another one. */
    public WorkProgramme getCurrentInstead() {
        // The current version is approved, so it is among the versions anyone may see.
        return getVersions().stream().filter(p -> p.getStatus() == ProgrammeStatus.CURRENT)
                .filter(p -> !p.equals(programme)).findFirst().orElse(null);
    }

    /**
     * Whether a progress report can be made of the version (it, or a version it continues, has a
     * reporting period) and the caller may download it (the report lists actions: board readers only).
     */
    public boolean isReportable() {
        if (reportable == null) {
            reportable = programme != null && currentUser.isBoardReader() && reports.isReportable(programme);
        }
        return reportable;
    }

    /** Actions are shown to board readers: the public cannot open the action register. */
    public boolean isActionsShown() {
        return currentUser.isBoardReader();
    }

    /** The secretariat may revise the programme (the link to the revision page). */
    public boolean isRevisable() {
        return currentUser.isSecretariat();
    }

    /** How many outcomes of the framework the version has work and evidence behind. */
    public OutcomesSummary getOutcomesSummary() {
        if (outcomesSummary == null) {
            outcomesSummary = outcomes.summary(programme);
        }
        return outcomesSummary;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
