package scot.cpib.action.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.PartialDate;

class AgreedActionTest {

    private static final LocalDateTime AT = LocalDateTime.of(2018, 11, 28, 16, 0);

    private final Board board = new Board("Community Planning Improvement Board", "CPIB");
    private final Organisation improvementService = new Organisation("Improvement Service", "IS");
    private final OwnerGroup members = new OwnerGroup(board, "CPIB members");
    private final Meeting meeting = new Meeting(board, 15, LocalDate.of(2018, 11, 28), LocalTime.of(14, 0), LocalTime.of(16, 0));
    private final AgendaItem engagementItem;

    AgreedActionTest() {
        meeting.addItem("Welcome");
        meeting.addItem("Minute & Matters Arising");
        meeting.addItem("Work Programme");
        AgendaItem review = meeting.addItem("OEPB Review");
        meeting.addSubItem(review, "Improvement Plan");
        meeting.addSubItem(review, "Revised Name and Purpose");
        engagementItem = meeting.addSubItem(review, "Engagement Activity: Baseline");
    }

    private AgreedAction engagementAction() {
        return new AgreedAction(engagementItem, 1, "Develop engagement strategy and incorporate within work programme",
                List.of(OwnerRef.of(improvementService)), PartialDate.inMonth(YearMonth.of(2019, 2)), AT);
    }

    @Test
    void referenceIsDerivedFromMeetingItemAndNumber() {
        AgreedAction action = engagementAction();
        assertEquals("15/4iii/1", action.getReference());
        assertEquals("IS", action.getOwnerLabel());
        assertEquals(ActionStatus.OPEN, action.getStatus());
    }

    @Test
    void monthDueActionIsOverdueOnlyOnceTheMonthHasEnded() {
        AgreedAction action = engagementAction();
        assertFalse(action.isOverdueOn(LocalDate.of(2019, 2, 28)));
        assertTrue(action.isOverdueOn(LocalDate.of(2019, 3, 1)));
        action.complete(LocalDate.of(2019, 2, 20));
        assertFalse(action.isOverdueOn(LocalDate.of(2019, 3, 1)));
        assertEquals(LocalDate.of(2019, 2, 20), action.getCompletedOn());
    }

    @Test
    void dueDateBeforeTheMeetingIsRefusedAtTheDueField() {
        DomainException e = assertThrows(DomainException.class, () -> new AgreedAction(engagementItem, 2, "Too early",
                List.of(OwnerRef.of(improvementService)), PartialDate.onDay(LocalDate.of(2018, 11, 27)), AT));
        assertEquals("due", e.getField());
        assertEquals("action.due.beforeMeeting", e.getMessageKey());
        new AgreedAction(engagementItem, 2, "Same month is fine", List.of(OwnerRef.of(improvementService)),
                PartialDate.inMonth(YearMonth.of(2018, 11)), AT);
    }

    @Test
    void anActionNeedsWordsAndAnOwner() {
        assertEquals("description", assertThrows(DomainException.class, () -> new AgreedAction(engagementItem, 2, " ",
                List.of(OwnerRef.of(improvementService)), null, AT)).getField());
        assertEquals("owners", assertThrows(DomainException.class, () -> new AgreedAction(engagementItem, 2, "Something",
                List.of(), null, AT)).getField());
    }

    @Test
    void ownershipCoversThePersonTheirOrganisationAndTheirGroups() {
        Person emily = new Person("Emily Lynch", improvementService);
        Person kenny = new Person("Kenny Richmond", new Organisation("Scottish Enterprise", "SE"));
        AgreedAction byOrganisation = engagementAction();
        assertTrue(byOrganisation.isOwnedBy(emily, Set.of()));
        assertFalse(byOrganisation.isOwnedBy(kenny, Set.of(members)));
        AgreedAction byGroup = new AgreedAction(engagementItem, 2, "Provide exemplars", List.of(OwnerRef.of(members)),
                PartialDate.inMonth(YearMonth.of(2019, 5)), AT);
        assertTrue(byGroup.isOwnedBy(kenny, Set.of(members)));
        assertFalse(byGroup.isOwnedBy(kenny, Set.of()));
    }

    @Test
    void coveredElsewhereNeedsALinkAndOtherStatusesClearIt() {
        AgreedAction action = engagementAction();
        assertThrows(DomainException.class, () -> action.changeStatus(ActionStatus.COVERED_ELSEWHERE, null));
        AgendaItem later = meeting.getAgenda().get(2);
        action.coverUnder(later);
        assertEquals(ActionStatus.COVERED_ELSEWHERE, action.getStatus());
        assertFalse(action.isOutstanding());
        action.reopen();
        assertNull(action.getCoveredByItem());
        assertTrue(action.isOutstanding());
    }

    @Test
    void progressNeedsTextAndKeepsItsAuthor() {
        AgreedAction action = engagementAction();
        assertThrows(DomainException.class, () -> action.recordProgress(" ", "Emily Lynch", LocalDate.of(2019, 2, 28), AT, null));
        action.recordProgress("Strategy drafted; paper at item 4", "Emily Lynch", LocalDate.of(2019, 2, 28), AT.plusMonths(3), null);
        assertEquals("Emily Lynch", action.latestProgress().orElseThrow().getAuthor());
    }

    @Test
    void redefiningOwnersKeepsTheirOrder() {
        AgreedAction action = engagementAction();
        Person gerry = new Person("Gerry McLaughlin", null);
        action.redefine(action.getDescription(), List.of(OwnerRef.of(gerry), OwnerRef.of(improvementService)), action.getDue());
        assertEquals("Gerry McLaughlin/IS", action.getOwnerLabel());
        assertEquals(List.of(1, 2), action.getOwners().stream().map(ActionOwner::getPosition).toList());
    }
}
