package scot.cpib.home.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionRegister;
import scot.cpib.action.application.OwnerCount;
import scot.cpib.board.application.Directory;
import scot.cpib.meeting.application.AttendanceReplies;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.application.QuorumSummary;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.security.application.CurrentUser;
import scot.cpib.shared.infrastructure.VersionedCache;
import scot.cpib.workprogramme.application.PeriodReturn;
import scot.cpib.workprogramme.application.ProgressUpdates;
import scot.cpib.workprogramme.application.ReportingPeriods;
import scot.cpib.workprogramme.application.WorkProgrammeQueries;
import scot.cpib.workprogramme.domain.ReportingPeriod;

/**
 * What every secretariat user's home page shows alike (issue 13): the next meeting's checklist and
 * replies, the checklist of the meeting whose minute is in progress, overdue actions by owner and their
 * total, and the latest period's missing workstream updates. Read as values and kept by this server
 * under the data version ({@link VersionedCache}, decision 89) for the board and the day, so a home page
 * costs these reads once after each change rather than on every visit. Empty for anyone else.
 */
@ApplicationScoped
public class SecretariatOverview {

    private static final int KEPT = 8;

    private final VersionedCache<Key, Overview> kept = new VersionedCache<>(KEPT, Duration.ofMinutes(10));

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Directory directory;

    @Inject
    private MeetingQueries meetings;

    @Inject
    private MeetingChecklist checklist;

    @Inject
    private AttendanceReplies replies;

    @Inject
    private ActionRegister register;

    @Inject
    private WorkProgrammeQueries workProgramme;

    @Inject
    private ProgressUpdates updates;

    @Inject
    private ReportingPeriods periods;

    /** The board's overview on this day, as the secretariat sees it; empty for anyone else. */
    public Overview on(LocalDate today) {
        if (!currentUser.isSecretariat()) {
            return Overview.NONE;
        }
        return kept.get(new Key(directory.boardId(), today), () -> read(today));
    }

    private Overview read(LocalDate today) {
        Optional<Meeting> next = meetings.nextMeeting(today);
        Optional<Meeting> minute = meetings.minuteInProgress();
        Optional<ReportingPeriod> period = workProgramme.current().flatMap(updates::openPeriod);
        return new Overview(
                next.map(checklist::of).orElse(List.of()),
                next.map(m -> QuorumLine.of(replies.quorum(m.getId()))).orElse(null),
                minute.map(MeetingLine::of).orElse(null),
                minute.map(checklist::of).orElse(List.of()),
                List.copyOf(register.overdueByOwner(today)),
                register.count(ActionCriteria.all().overdue(), today),
                period.map(PeriodLine::of).orElse(null),
                period.map(p -> periods.returns(p.getId()).stream().filter(PeriodReturn::isMissing)
                        .map(r -> new WorkstreamLine(r.workstream().getId(), r.workstream().getNumberedTitle())).toList())
                        .orElse(List.of()));
    }

    private record Key(long board, LocalDate day) {
    }

    /** The overview's parts; lists are unmodifiable, a part not there is null (or an empty list). */
    public record Overview(List<ChecklistStep> nextChecklist, QuorumLine nextQuorum, MeetingLine minuteInProgress,
            List<ChecklistStep> minuteChecklist, List<OwnerCount> overdueByOwner, long overdueTotal, PeriodLine period,
            List<WorkstreamLine> missingUpdates) {

        static final Overview NONE = new Overview(List.of(), null, null, List.of(), List.of(), 0L, null, List.of());
    }

    /** The next meeting's replies against the quorum rule, as the checklist's "replies" row shows them. */
    public record QuorumLine(boolean quorate, boolean ruleSet, int expected, int required) {

        static QuorumLine of(QuorumSummary summary) {
            return new QuorumLine(summary.isQuorate(), summary.isRuleSet(), summary.getExpected(), summary.getRequired());
        }

        public boolean isQuorate() {
            return quorate;
        }

        public boolean isRuleSet() {
            return ruleSet;
        }

        public int getExpected() {
            return expected;
        }

        public int getRequired() {
            return required;
        }
    }

    /** A meeting as the checklist names and links it. */
    public record MeetingLine(Long id, String ordinal) {

        static MeetingLine of(Meeting meeting) {
            return new MeetingLine(meeting.getId(), meeting.getOrdinal());
        }

        public Long getId() {
            return id;
        }

        public String getOrdinal() {
            return ordinal;
        }
    }

    /** A workstream as a link: its id and numbered title. */
    public record WorkstreamLine(Long id, String numberedTitle) {

        public Long getId() {
            return id;
        }

        public String getNumberedTitle() {
            return numberedTitle;
        }
    }
}
