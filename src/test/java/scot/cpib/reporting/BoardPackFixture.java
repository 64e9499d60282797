package scot.cpib.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.AttendanceKind;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.meeting.domain.StandingKind;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.reporting.domain.PreviousMinute;
import scot.cpib.shared.domain.PartialDate;

/**
 * The board pack of 28 February 2019 in memory: the 15th meeting (28 November 2018) with its minute
 * and actions, and the 16th meeting with its agenda, built from the real pack in the seeds.
 */
public final class BoardPackFixture {

    public static final LocalDateTime AT = LocalDateTime.of(2018, 11, 28, 16, 0);
    public static final LocalDate ISSUED = LocalDate.of(2019, 2, 21);

    public final Board board = new Board("Community Planning Improvement Board", "CPIB");
    public final Organisation improvementService = new Organisation("Improvement Service", "IS");
    public final Organisation solace = new Organisation("SOLACE", null);
    public final Organisation auditScotland = new Organisation("Audit Scotland", null);
    public final OwnerGroup members = new OwnerGroup(board, "CPIB members");
    public final Person chair = new Person("Steve Grimmond", solace);
    public final Person fraser = new Person("Fraser McKinlay", auditScotland);
    public final Person sarah = new Person("Sarah Gadsden", improvementService);
    public final Person david = new Person("David Martin", solace);
    public final Meeting fifteenth;
    public final Meeting sixteenth;
    public final List<MinuteEntry> entries = new ArrayList<>();
    public final List<AgreedAction> actions = new ArrayList<>();
    public final AgendaItem workProgramme;
    public final AgendaItem engagementStrategy;
    public final AgendaItem actionLearning;

    public BoardPackFixture() {
        fifteenth = new Meeting(board, 15, LocalDate.of(2018, 11, 28), LocalTime.of(14, 0), LocalTime.of(16, 0));
        fifteenth.moveTo("Scottish Enterprise, Apex House", "99 Haymarket Terrace, Edinburgh EH12 5HD");
        fifteenth.addItem("Welcome and Introduction").markStanding(StandingKind.WELCOME);
        fifteenth.addItem("Minute & Matters Arising").markStanding(StandingKind.MINUTE_AND_MATTERS_ARISING);
        fifteenth.addItem("Work Programme");
        AgendaItem review = fifteenth.addItem("OEPB Review");
        AgendaItem plan = fifteenth.addSubItem(review, "OEPB Review Improvement Plan");
        AgendaItem name = fifteenth.addSubItem(review, "Revised Name and Purpose");
        AgendaItem engagement = fifteenth.addSubItem(review, "Engagement Activity: Baseline");
        fifteenth.addItem("AOB").markStanding(StandingKind.AOB);
        fifteenth.recordAttendance(chair, solace, AttendanceKind.PRESENT, true);
        fifteenth.recordAttendance(fraser, auditScotland, AttendanceKind.PRESENT, false);
        fifteenth.recordAttendance(sarah, improvementService, AttendanceKind.PRESENT, false);
        fifteenth.recordAttendance(david, solace, AttendanceKind.APOLOGIES, false);
        write(name, "The chair recorded thanks to Sarah and Fraser for their work.\n\n"
                + "The board agreed:\n- to strengthen the engagement loop\n- to measure success", "Revised name endorsed.");
        write(engagement, "The Board considered the overview of baseline engagement activity.", null);
        actions.add(new AgreedAction(plan, 1, "Embed improvement plan within work programme to enable monitoring/reporting",
                List.of(OwnerRef.of(improvementService)), PartialDate.inMonth(YearMonth.of(2019, 2)), AT));
        actions.add(new AgreedAction(name, 1, "Update and share endorsed name change and revised purpose",
                List.of(OwnerRef.of(improvementService)), PartialDate.inMonth(YearMonth.of(2018, 12)), AT));
        actions.add(new AgreedAction(name, 2, "Work stream leads to provide short summary of the last year, \"what difference\" made",
                List.of(OwnerRef.of(members), OwnerRef.of(chair)), PartialDate.inMonth(YearMonth.of(2019, 2)), AT));
        actions.add(new AgreedAction(engagement, 1, "Develop engagement strategy and incorporate within work programme",
                List.of(OwnerRef.of(improvementService)), PartialDate.onDay(LocalDate.of(2019, 2, 28)), AT));
        actions.get(0).recordProgress("Plan embedded in the draft work programme", "Sarah Gadsden",
                LocalDate.of(2019, 1, 15), LocalDateTime.of(2019, 1, 15, 10, 0), null);
        actions.get(1).complete(LocalDate.of(2018, 12, 14));

        sixteenth = fifteenth.planNext(LocalDate.of(2019, 2, 28), LocalTime.of(14, 0), LocalTime.of(16, 0));
        workProgramme = sixteenth.addItem("CPIB Work Programme \u2013 revised to reflect updated purpose");
        engagementStrategy = sixteenth.addItem("CPIB Engagement Strategy");
        actionLearning = sixteenth.addItem("Community Participation Action Learning \u2013 Key Recommendations");
        for (AgendaItem item : new ArrayList<>(sixteenth.getAgenda())) {
            if (item.getStandingKind() == StandingKind.AOB) {
                sixteenth.move(item, 10);
            }
        }
    }

    private void write(AgendaItem item, String narrative, String decisions) {
        MinuteEntry entry = new MinuteEntry(item);
        entry.write(narrative, decisions, "secretariat", AT);
        entries.add(entry);
    }

    public PreviousMinute previousMinute() {
        return new PreviousMinute(fifteenth, entries, actions);
    }
}
