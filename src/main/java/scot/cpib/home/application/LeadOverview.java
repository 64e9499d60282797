package scot.cpib.home.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import scot.cpib.board.application.Directory;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.infrastructure.VersionedCache;
import scot.cpib.workprogramme.application.ProgressUpdates;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.domain.ReportingPeriod;
import scot.cpib.workprogramme.domain.WorkProgramme;
import scot.cpib.workprogramme.domain.Workstream;

/**
 * A lead's card on the home page (issue 13): the current programme's open period and the workstreams the
 * person leads, each with whether this period's update is written and whether they may write it now.
 * Read as values and kept by this server under the data version ({@link VersionedCache}, decision 89)
 * for the board, the day and the person with their roles, as "my actions" is.
 */
@ApplicationScoped
public class LeadOverview {

    private static final int KEPT = 200;

    private final VersionedCache<Key, LeadCard> kept = new VersionedCache<>(KEPT, Duration.ofMinutes(10));

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    @Inject
    private WorkProgrammeQueries queries;

    @Inject
    private ProgressUpdates updates;

    /** The signed-in person's card on this day. */
    public LeadCard on(LocalDate today) {
        Key key = new Key(directory.boardId(), today, currentUser.getUsername(), currentUser.isSecretariat(), currentUser.isLead());
        return kept.get(key, this::read);
    }

    private LeadCard read() {
        WorkProgramme current = queries.current().orElse(null);
        if (current == null) {
            return new LeadCard(null, List.of());
        }
        ReportingPeriod period = updates.openPeriod(current).orElse(null);
        boolean mayWrite = updates.canWriteWhatTheyLead();
        List<LeadWorkstream> led = queries.ledByMe(current).stream()
                .map(w -> new LeadWorkstream(w.getId(), w.getNumberedTitle(), writtenFor(w, period),
                        w.isActive() && period != null && mayWrite))
                .toList();
        return new LeadCard(period == null ? null : PeriodLine.of(period), led);
    }

    private static boolean writtenFor(Workstream workstream, ReportingPeriod period) {
        return period != null && workstream.getUpdates().stream()
                .anyMatch(u -> u.getPeriod().equals(period) && !u.isNoUpdate());
    }

    private record Key(long board, LocalDate day, String username, boolean secretariat, boolean lead) {
    }

    /** The open period (null when none is open) and the workstreams led. */
    public record LeadCard(PeriodLine period, List<LeadWorkstream> workstreams) {
    }

    /** A workstream led: its link, whether this period's update is written, whether it may be written now. */
    public record LeadWorkstream(Long id, String numberedTitle, boolean written, boolean writable) {
    }
}
