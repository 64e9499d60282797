package scot.cpib.workprogramme.application;

import java.util.List;
import scot.cpib.workprogramme.domain.WorkProgramme;

/**
 * The work programme overview as {@link ProgrammeOverviews} reads it: every version the caller may see
 * (newest first), the one shown (null when there is none), its rows and whether a progress report of
 * it may be downloaded.
 */
public record ProgrammeOverview(List<WorkProgramme> versions, WorkProgramme programme, List<WorkstreamSummary> rows,
        boolean reportable) {
}
