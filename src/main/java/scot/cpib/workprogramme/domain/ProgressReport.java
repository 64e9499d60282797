package scot.cpib.workprogramme.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.reporting.domain.DocumentTexts;

/**
 * What a progress report shows: a programme's workstreams for one reporting period, the periods up
 * to it (oldest first, for the RAG history), and each workstream's linked actions, as at a day.
 */
public record ProgressReport(WorkProgramme programme, ReportingPeriod period, List<ReportingPeriod> periods,
                             List<Strand> workstreams, LocalDate asAt) {

    /**
     * One workstream with the actions linked to it (directly or through an activity) and its updates,
     * oldest first; for a revised workstream both include those of the workstreams it continues.
     */
    public record Strand(Workstream workstream, List<AgreedAction> actions, List<ProgressUpdate> updates) {

        public Strand {
            actions = List.copyOf(actions);
            updates = List.copyOf(updates);
        }

        /** A workstream with its own updates only. */
        public Strand(Workstream workstream, List<AgreedAction> actions) {
            this(workstream, actions, workstream.getUpdates().stream().sorted(ProgressUpdate.CHRONOLOGICAL).toList());
        }

        /** The update that counts for the period: the latest given for it. */
        public Optional<ProgressUpdate> updateFor(ReportingPeriod period) {
            return updates.stream().filter(u -> u.getPeriod().equals(period)).reduce((a, b) -> b);
        }
    }

    /** "Red", "Amber", "Green", "Not rated", or "No update provided" when none was given or it was recorded so. */
    public static String ragText(Optional<ProgressUpdate> update) {
        return update.map(u -> ragText(u.getRag())).orElse(ragText(Rag.NO_UPDATE));
    }

    public static String ragText(Rag rag) {
        return DocumentTexts.text("progress.rag." + rag.name());
    }

    /** Whether the update is one a lead gave (not missing, not recorded as not provided). */
    public static boolean isGiven(Optional<ProgressUpdate> update) {
        return update.isPresent() && !update.get().isNoUpdate();
    }

    /** "cpib-work-programme-v1-year-to-november-2018": safe in a file name. */
    public String fileStem() {
        return (safe(programme.getBoard().getShortName()) + "-work-programme-v" + programme.getVersionNumber()
                + "-" + safe(period.getTitle())).replaceAll("-+", "-");
    }

    private static String safe(String text) {
        String cleaned = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return cleaned.isEmpty() ? "board" : cleaned;
    }
}
