package scot.cpib.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;

class MeetingTest {

    private static final LocalTime TWO_PM = LocalTime.of(14, 0);
    private static final LocalTime FOUR_PM = LocalTime.of(16, 0);

    private final Board board = new Board("Community Planning Improvement Board", "CPIB");

    private Meeting fifteenth() {
        Meeting meeting = new Meeting(board, 15, LocalDate.of(2018, 11, 28), TWO_PM, FOUR_PM);
        meeting.moveTo("Scottish Enterprise, Apex House", "99 Haymarket Terrace, Edinburgh EH12 5HD");
        meeting.addItem("Welcome and Introduction").markStanding(StandingKind.WELCOME);
        meeting.addItem("Minute & Matters Arising").markStanding(StandingKind.MINUTE_AND_MATTERS_ARISING);
        AgendaItem review = meeting.addItem("OEPB Review");
        meeting.addSubItem(review, "OEPB Review Improvement Plan");
        meeting.addSubItem(review, "Revised Name and Purpose");
        meeting.addItem("AOB").markStanding(StandingKind.AOB);
        return meeting;
    }

    @Test
    void nextMeetingCarriesVenueAndStandingItemsAndIsNumberedOn() {
        Meeting next = fifteenth().planNext(LocalDate.of(2019, 2, 28), TWO_PM, FOUR_PM);
        assertEquals(16, next.getNumber());
        assertEquals("16th", next.getOrdinal());
        assertEquals("99 Haymarket Terrace, Edinburgh EH12 5HD", next.getVenueAddress());
        assertEquals(List.of("Welcome and Introduction", "Minute & Matters Arising", "AOB"),
                next.getAgenda().stream().map(AgendaItem::getTitle).toList());
        assertTrue(next.mattersArisingItem().isPresent());
    }

    @Test
    void nextMeetingMustBeAfterThePreviousOne() {
        Meeting meeting = fifteenth();
        DomainException e = assertThrows(DomainException.class,
                () -> meeting.planNext(LocalDate.of(2018, 11, 28), TWO_PM, FOUR_PM));
        assertEquals("date", e.getField());
    }

    @Test
    void endBeforeStartIsRefusedAtTheEndTimeField() {
        DomainException e = assertThrows(DomainException.class,
                () -> new Meeting(board, 17, LocalDate.of(2019, 5, 30), FOUR_PM, TWO_PM));
        assertEquals("meeting.end.afterStart", e.getMessageKey());
        assertEquals("endTime", e.getField());
    }

    @Test
    void subItemsAreLabelledWithRomanNumeralsAndReorderWithinTheirParent() {
        Meeting meeting = fifteenth();
        AgendaItem review = meeting.getAgenda().get(2);
        assertEquals(List.of("1", "2", "3", "3i", "3ii", "4"),
                meeting.getAgendaInReadingOrder().stream().map(AgendaItem::getLabel).toList());
        AgendaItem second = review.getSubItems().get(1);
        meeting.move(second, -1);
        assertEquals("Revised Name and Purpose", review.getSubItems().get(0).getTitle());
        assertEquals("3i", review.getSubItems().get(0).getLabel());
        meeting.move(review, -2);
        assertEquals(List.of("OEPB Review", "Welcome and Introduction", "Minute & Matters Arising", "AOB"),
                meeting.getAgenda().stream().map(AgendaItem::getTitle).toList());
    }

    @Test
    void removingAnItemRenumbersTheRest() {
        Meeting meeting = fifteenth();
        meeting.removeItem(meeting.getAgenda().get(1));
        assertEquals(List.of(1, 2, 3), meeting.getAgenda().stream().map(AgendaItem::getPosition).toList());
    }

    @Test
    void approvingTheMinuteLocksAgendaAndAttendance() {
        Meeting meeting = fifteenth();
        Meeting next = meeting.planNext(LocalDate.of(2019, 2, 28), TWO_PM, FOUR_PM);
        meeting.approveMinute(next, "The Board", LocalDate.of(2019, 2, 28));
        assertEquals(MeetingStatus.MINUTE_APPROVED, meeting.getStatus());
        assertTrue(meeting.isMinuteLocked());
        assertThrows(DomainException.class, () -> meeting.addItem("Late item"));
        Person someone = new Person("Kenny Richmond", new Organisation("Scottish Enterprise", null));
        assertThrows(DomainException.class,
                () -> meeting.recordAttendance(someone, someone.getOrganisation(), AttendanceKind.PRESENT, false));
        assertThrows(DomainException.class, () -> meeting.approveMinute(next, "The Board", LocalDate.of(2019, 2, 28)));
    }

    @Test
    void minuteIsApprovedOnlyAtALaterMeeting() {
        Meeting meeting = fifteenth();
        assertThrows(DomainException.class, () -> meeting.approveMinute(meeting, "The Board", LocalDate.of(2018, 11, 28)));
    }

    @Test
    void attendanceIsRecordedOncePerPersonAndCanChange() {
        Meeting meeting = fifteenth();
        Organisation solace = new Organisation("SOLACE", null);
        Person chair = new Person("Steve Grimmond", solace);
        meeting.recordAttendance(chair, solace, AttendanceKind.APOLOGIES, false);
        meeting.recordAttendance(chair, solace, AttendanceKind.PRESENT, true);
        assertEquals(1, meeting.getAttendances().size());
        assertEquals("Steve Grimmond (chair), SOLACE", meeting.getPresent().get(0).getMinuteLabel());
        assertTrue(meeting.getApologies().isEmpty());
    }

    @Test
    void issuingNeedsAnAgenda() {
        Meeting empty = new Meeting(board, 20, LocalDate.of(2020, 2, 27), TWO_PM, FOUR_PM);
        assertThrows(DomainException.class, () -> empty.issueAgenda(LocalDate.of(2020, 2, 20).atStartOfDay()));
        Meeting meeting = fifteenth();
        meeting.issueAgenda(LocalDate.of(2018, 11, 21).atStartOfDay());
        assertEquals(MeetingStatus.AGENDA_ISSUED, meeting.getStatus());
    }

    @Test
    void minuteWrittenBeforeTheMeetingLeavesItIssuableAndHoldingItOnTheDayDraftsTheMinute() {
        Meeting meeting = fifteenth();
        meeting.issueAgenda(LocalDate.of(2018, 11, 21).atStartOfDay());
        meeting.noteMinuteDrafted();
        assertEquals(MeetingStatus.AGENDA_ISSUED, meeting.getStatus());
        assertTrue(meeting.allowsPackIssue(false));

        DomainException early = assertThrows(DomainException.class, () -> meeting.markHeld(LocalDate.of(2018, 11, 27), true));
        assertEquals("meeting.held.notYet", early.getMessageKey());
        assertFalse(meeting.canBeMarkedHeldOn(LocalDate.of(2018, 11, 27)));
        assertTrue(meeting.canBeMarkedHeldOn(LocalDate.of(2018, 11, 28)));
        meeting.markHeld(LocalDate.of(2018, 11, 28), true);

        assertEquals(MeetingStatus.MINUTE_DRAFTED, meeting.getStatus());
        assertFalse(meeting.allowsPackIssue(true), "no first pack after the meeting");
        assertTrue(meeting.allowsPackIssue(false), "a supplement after the meeting");
    }

    @Test
    void attendanceListsTheChairFirstThenInTheOrderRecorded() {
        Meeting meeting = fifteenth();
        Organisation is = new Organisation("Improvement Service", "IS");
        meeting.recordAttendance(new Person("Sarah Gadsden", is), is, AttendanceKind.PRESENT, false);
        meeting.recordAttendance(new Person("Emily Lynch", is), is, AttendanceKind.PRESENT, false);
        meeting.recordAttendance(new Person("Steve Grimmond", is), is, AttendanceKind.PRESENT, true);

        assertEquals(List.of("Steve Grimmond", "Sarah Gadsden", "Emily Lynch"),
                meeting.getPresent().stream().map(a -> a.getPerson().getFullName()).toList());
    }

    @Test
    void ordinalsReadNaturally() {
        assertEquals("1st", Meeting.ordinal(1));
        assertEquals("2nd", Meeting.ordinal(2));
        assertEquals("3rd", Meeting.ordinal(3));
        assertEquals("11th", Meeting.ordinal(11));
        assertEquals("12th", Meeting.ordinal(12));
        assertEquals("22nd", Meeting.ordinal(22));
        assertEquals("113th", Meeting.ordinal(113));
    }
}
