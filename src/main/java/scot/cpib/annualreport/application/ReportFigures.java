package scot.cpib.annualreport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.annualreport.domain.Figure;
import scot.cpib.annualreport.domain.SectionKind;
import scot.cpib.board.domain.Board;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.application.MinuteQueries;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.shared.application.BundleTexts;
import scot.cpib.shared.domain.UkDates;

/**
 * The figures of every section of a report, taken from the record as it stands: the board's meetings and
 * their minutes, its agreed actions, the work programme ({@link WorkFigures}) and the engagement log
 * ({@link EngagementFigures}). Read-only; words come from the {@code annualreport} bundle.
 */
@ApplicationScoped
public class ReportFigures {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MinuteQueries minutes;

    @Inject
    private WorkFigures work;

    @Inject
    private EngagementFigures engagement;

    /** The figures of each section for the board and period (both days included). */
    public Map<SectionKind, List<Figure>> compute(Board board, LocalDate start, LocalDate end) {
        ReportPeriod period = new ReportPeriod(board, start, end);
        List<Meeting> held = meetingsHeld(period);
        Map<SectionKind, List<Figure>> figures = new EnumMap<>(SectionKind.class);
        figures.put(SectionKind.MEETINGS, meetings(held));
        figures.put(SectionKind.DECISIONS, decisions(held));
        figures.put(SectionKind.ACTIONS, actions(period));
        figures.put(SectionKind.WORKSTREAMS, work.workstreams(period));
        figures.put(SectionKind.OUTCOMES, work.outcomes(period));
        figures.put(SectionKind.ENGAGEMENT, engagement.coverage(period));
        figures.put(SectionKind.LEARNING, engagement.learning(period));
        figures.put(SectionKind.MESSAGE_EVIDENCE, engagement.messageEvidence(period));
        return figures;
    }

    private List<Meeting> meetingsHeld(ReportPeriod period) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.board = :board AND m.date BETWEEN :start AND :end"
                        + " ORDER BY m.date, m.number", Meeting.class)
                .setParameter("board", period.board()).setParameter("start", period.start()).setParameter("end", period.end())
                .getResultStream().filter(Meeting::isHeld).toList();
    }

    /** Meetings held with their attendance, then each organisation: at how many meetings it was present. */
    private static List<Figure> meetings(List<Meeting> held) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(text("report.figure.meetingsHeld"), String.valueOf(held.size())));
        Map<String, int[]> byOrganisation = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Meeting meeting : held) {
            figures.add(new Figure(meetingLabel(meeting), text("report.figure.meetingAttendance", meeting.getPresent().size(),
                    meeting.getApologies().size(), meeting.getInAttendance().size())));
            Map<String, Integer> present = new TreeMap<>();
            for (Attendance attendance : meeting.attendancesOfKind(AttendanceKind.PRESENT)) {
                String organisation = attendance.getOrganisation() == null ? text("report.figure.noOrganisation")
                        : attendance.getOrganisation().getName();
                present.merge(organisation, 1, Integer::sum);
            }
            present.forEach((organisation, people) -> {
                int[] counts = byOrganisation.computeIfAbsent(organisation, o -> new int[2]);
                counts[0]++;
                counts[1] += people;
            });
        }
        byOrganisation.forEach((organisation, counts) -> figures.add(new Figure(
                text("report.figure.organisation", organisation),
                text("report.figure.organisationAttendance", counts[0], held.size(), counts[1]))));
        return figures;
    }

    /** Every decision the minutes of the meetings held record, item by item in agenda order. */
    private List<Figure> decisions(List<Meeting> held) {
        List<Figure> lines = new ArrayList<>();
        for (Meeting meeting : held) {
            Map<Long, MinuteEntry> entries = minutes.entriesOf(meeting);
            for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
                MinuteEntry entry = entries.get(item.getId());
                if (entry != null && entry.getDecisions() != null && !entry.getDecisions().isBlank()) {
                    lines.add(new Figure(text("report.figure.decision", meeting.getOrdinal(), item.getLabel(), item.getTitle()),
                            entry.getDecisions()));
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(text("report.figure.decisionsRecorded"), String.valueOf(lines.size())));
        figures.addAll(lines);
        return figures;
    }

    /**
     * Actions agreed in the period (at its meetings or after its engagements), and as at its last day how
     * many were complete, still open and overdue. An action completed after the period counts as open then.
     */
    private List<Figure> actions(ReportPeriod period) {
        List<AgreedAction> agreed = em.createQuery("SELECT a FROM AgreedAction a WHERE a.board = :board"
                        + " ORDER BY a.createdAt, a.id", AgreedAction.class)
                .setParameter("board", period.board()).getResultStream()
                .filter(a -> period.includes(a.getOriginDate())).toList();
        LocalDate end = period.end();
        long completed = agreed.stream().filter(a -> completedBy(a, end)).count();
        long open = agreed.stream().filter(a -> outstandingOn(a, end)).count();
        long overdue = agreed.stream().filter(a -> outstandingOn(a, end) && a.getDue() != null && a.getDue().isPassedOn(end)).count();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(text("report.figure.actionsAgreed"), String.valueOf(agreed.size())));
        figures.add(new Figure(text("report.figure.actionsCompleted", UkDates.date(end)), String.valueOf(completed)));
        figures.add(new Figure(text("report.figure.actionsOpen", UkDates.date(end)), String.valueOf(open)));
        figures.add(new Figure(text("report.figure.actionsOverdue", UkDates.date(end)), String.valueOf(overdue)));
        Map<Meeting, Long> perMeeting = new TreeMap<>(Comparator.comparing(Meeting::getDate).thenComparing(Meeting::getNumber));
        agreed.stream().filter(a -> a.getMeeting() != null).forEach(a -> perMeeting.merge(a.getMeeting(), 1L, Long::sum));
        perMeeting.forEach((meeting, count) -> figures.add(new Figure(text("report.figure.actionsAt", meetingLabel(meeting)),
                String.valueOf(count))));
        long fromEngagements = agreed.stream().filter(AgreedAction::isFromEngagement).count();
        if (fromEngagements > 0) {
            figures.add(new Figure(text("report.figure.actionsFromEngagements"), String.valueOf(fromEngagements)));
        }
        return figures;
    }

    private static boolean completedBy(AgreedAction action, LocalDate end) {
        return action.getStatus() == ActionStatus.COMPLETE
                && (action.getCompletedOn() == null || !action.getCompletedOn().isAfter(end));
    }

    private static boolean outstandingOn(AgreedAction action, LocalDate end) {
        return action.isOutstanding() || action.getStatus() == ActionStatus.COMPLETE && !completedBy(action, end);
    }

    static String meetingLabel(Meeting meeting) {
        return text("report.figure.meeting", meeting.getOrdinal(), UkDates.date(meeting.getDate()));
    }

    static String text(String key, Object... arguments) {
        return BundleTexts.text(key, arguments);
    }
}
