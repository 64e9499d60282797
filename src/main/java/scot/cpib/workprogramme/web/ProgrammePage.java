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
import scot.cpib.workprogramme.application.ProgrammeOverview;
import scot.cpib.workprogramme.application.ProgrammeOverviews;
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
    private ProgrammeOverviews overviews;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private OutcomesOverview outcomes;

    private String version;
    // The versions, the one shown, its rows and whether it is reportable, read in one transaction (issue 13).
    private ProgrammeOverview overview;
    private OutcomesSummary outcomesSummary;

    /** Finds the version; an unknown or hidden one is the 404 page. */
    public void load() {
        Optional<ProgrammeOverview> found = overviews.read(version == null ? null : IdConverter.parse(version), version != null);
        if (found.isEmpty()) {
            NotFoundPage.send();
            return;
        }
        overview = found.get();
    }

    public WorkProgramme getProgramme() {
        return overview == null ? null : overview.programme();
    }

    public List<WorkstreamSummary> getRows() {
        return overview == null ? null : overview.rows();
    }

    /** The other versions the caller may see, newest first. */
    public List<WorkProgramme> getOtherVersions() {
        return getVersions().stream().filter(p -> !p.equals(getProgramme())).toList();
    }

    /** Every version the caller may see, newest first. */
    private List<WorkProgramme> getVersions() {
        return overview == null ? List.of() : overview.versions();
    }

    public boolean isDraft() {
        return getProgramme() != null && getProgramme().getStatus() == ProgrammeStatus.DRAFT;
    }

    /** The approved version progress is reported against, when the page shows another one. */
    public WorkProgramme getCurrentInstead() {
        // The current version is approved, so it is among the versions anyone may see.
        return getVersions().stream().filter(p -> p.getStatus() == ProgrammeStatus.CURRENT)
                .filter(p -> !p.equals(getProgramme())).findFirst().orElse(null);
    }

    /**
     * Whether a progress report can be made of the version (it, or a version it continues, has a
     * reporting period) and the caller may download it (the report lists actions: board readers only).
     */
    public boolean isReportable() {
        return overview != null && overview.reportable();
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
            outcomesSummary = outcomes.summary(getProgramme());
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
