package scot.cpib.engagement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static scot.cpib.engagement.domain.Rules.assertBroken;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.OwnerGroup;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.domain.PartialDate;

class EngagementStrategyTest {

    private final Fixture f = new Fixture();

    @Test
    void strategyNeedsATitleAndAStartNotAfterItsEnd() {
        assertBroken("engagement.strategy.title.required", "title",
                () -> new EngagementStrategy(f.board, " ", null, LocalDate.of(2019, 2, 28), null));
        assertBroken("engagement.strategy.from.required", "from",
                () -> new EngagementStrategy(f.board, "Strategy", null, null, null));
        assertBroken("engagement.strategy.period.order", "to",
                () -> new EngagementStrategy(f.board, "Strategy", null, LocalDate.of(2019, 2, 28), LocalDate.of(2019, 2, 27)));
    }

    @Test
    void aimsAndCoreMessagesHaveUniqueNumbers() {
        f.strategy.addAim("4.1.1", "To ensure the successes …");
        assertBroken("engagement.aim.number.duplicate", "number", () -> f.strategy.addAim(" 4.1.1 ", "Again"));
        assertBroken("engagement.aim.number.required", "number", () -> f.strategy.addAim(" ", "No number"));
        assertBroken("engagement.aim.text.required", "text", () -> f.strategy.addAim("4.1.2", ""));
        assertBroken("engagement.message.number.duplicate", "number", () -> f.strategy.addMessage(2, "Again"));
        assertBroken("engagement.message.number.positive", "number", () -> f.strategy.addMessage(0, "Zero"));
        assertBroken("engagement.message.text.tooLong", "text",
                () -> f.strategy.addMessage(3, "m".repeat(CoreMessage.TEXT_MAX + 1)));
    }

    @Test
    void coreMessagesAreKeptInNumberOrder() {
        f.strategy.addMessage(4, "Fourth");
        assertEquals(List.of(1, 2, 4, 6), f.strategy.getMessages().stream().map(CoreMessage::getNumber).toList());
        assertEquals("4. Fourth", f.strategy.findMessage(4).orElseThrow().getLabel());
    }

    @Test
    void eachGroupHasOneRowOfTheMatrix() {
        assertSame(f.strategy.planFor(f.cpManagers), f.strategy.planFor(f.cpManagers));
        assertEquals(List.of(1, 2), f.strategy.getPlans().stream().map(EngagementPlan::getPosition).toList());
        StakeholderGroup elsewhere = new StakeholderGroup(new Board("Another board", "AB"), "CP Managers", null, null);
        assertBroken("engagement.plan.groupOfAnotherBoard", "group", () -> f.strategy.planFor(elsewhere));
        assertBroken("engagement.plan.group.required", "group", () -> f.strategy.planFor(null));
    }

    @Test
    void plannedCellsFollowTheMatrix() {
        assertEquals(List.of(new PlannedCell(f.chiefOfficers, f.understand), new PlannedCell(f.chiefOfficers, f.gather),
                new PlannedCell(f.cpManagers, f.support)), f.strategy.plannedCells());
    }

    @Test
    void planKeepsTheMatrixWordingAndNamesItsLeads() {
        Organisation hs = new Organisation("Health Scotland", "HS");
        EngagementPlan plan = f.strategy.planFor(f.cpManagers);
        plan.plan(List.of(f.network, f.network), "Regular inputs/sessions", List.of(OwnerRef.of(f.is), OwnerRef.of(hs),
                OwnerRef.of(f.is)), "Improvement Bodies (IS/HS)", List.of(f.support));
        assertEquals("IS/HS", plan.getLeadLabel());
        assertEquals(List.of(f.network), plan.getChannels());
        plan.plan(List.of(), null, List.of(), "Board representative for CP Managers Network", List.of());
        assertEquals("Board representative for CP Managers Network", plan.getLeadLabel());
        assertEquals(List.of(), plan.cells());
        OwnerGroup members = new OwnerGroup(f.board, "CPIB members");
        plan.plan(List.of(), null, List.of(OwnerRef.of(members)), null, List.of());
        assertEquals("CPIB members", plan.getLeadLabel());
    }

    @Test
    void planTakesOnlyMessagesOfItsOwnStrategy() {
        EngagementStrategy other = new EngagementStrategy(f.board, "Next strategy", null, LocalDate.of(2020, 3, 1), null);
        CoreMessage foreign = other.addMessage(1, "Another message");
        assertBroken("engagement.plan.messageOfAnotherStrategy", "messages",
                () -> f.strategy.planFor(f.cpManagers).plan(List.of(), null, List.of(), null, List.of(foreign)));
    }

    @Test
    void forwardScheduleIsEarliestFirstAndEventsNeedADateAndTitle() {
        f.strategy.schedule(PartialDate.inMonth(YearMonth.of(2019, 5)), "CPIB meeting", null, List.of());
        f.strategy.schedule(PartialDate.onDay(LocalDate.of(2019, 3, 1)), "Meeting with the SCDC Director", null,
                List.of(f.cpManagers, f.cpManagers));
        List<ScheduledEvent> events = f.strategy.getEvents();
        assertEquals(List.of("1 March 2019", "May 2019"), events.stream().map(e -> e.getDate().getLabel()).toList());
        assertEquals(List.of(f.cpManagers), events.get(0).getGroups());
        assertBroken("engagement.event.date.required", "date", () -> f.strategy.schedule(null, "No date", null, List.of()));
        StakeholderGroup elsewhere = new StakeholderGroup(new Board("Another board", "AB"), "CP Managers", null, null);
        assertBroken("engagement.event.groups.otherBoard", "groups", () -> f.strategy.schedule(
                PartialDate.onDay(LocalDate.of(2019, 3, 1)), "Their groups", null, List.of(elsewhere)));
        assertBroken("engagement.event.title.required", "title",
                () -> f.strategy.schedule(PartialDate.onDay(LocalDate.of(2019, 3, 1)), " ", null, List.of()));
    }

    @Test
    void draftIsPutToAMeetingAndApprovedThere() {
        Meeting february = new Meeting(f.board, 16, LocalDate.of(2019, 2, 28), LocalTime.of(14, 0), LocalTime.of(16, 0));
        f.strategy.submitTo(february);
        assertEquals(StrategyStatus.DRAFT, f.strategy.getStatus());
        assertSame(february, f.strategy.getApprovalMeeting());
        assertNull(f.strategy.getApprovedOn());
        f.strategy.approve(february, null);
        assertEquals(StrategyStatus.APPROVED, f.strategy.getStatus());
        assertEquals(LocalDate.of(2019, 2, 28), f.strategy.getApprovedOn());
        assertBroken("engagement.strategy.notDraft", "status", () -> f.strategy.submitTo(february));
        f.strategy.supersede();
        assertBroken("engagement.strategy.superseded", "status", () -> f.strategy.approve(february, null));
    }

    @Test
    void approvalNeedsAMeetingOfTheSameBoard() {
        Meeting elsewhere = new Meeting(new Board("Another board", "AB"), 1, LocalDate.of(2019, 2, 28),
                LocalTime.of(14, 0), LocalTime.of(16, 0));
        assertBroken("engagement.strategy.meeting.required", "meeting", () -> f.strategy.approve(elsewhere, null));
        assertBroken("engagement.strategy.meeting.required", "meeting", () -> f.strategy.submitTo(null));
    }

    @Test
    void groupsAndChannelsNeedANameWithinItsLength() {
        assertBroken("engagement.group.name.required", "name", () -> new StakeholderGroup(f.board, "", null, null));
        assertBroken("engagement.group.sizeNotes.tooLong", "sizeNotes", () -> new StakeholderGroup(f.board, "CPP Chairs",
                null, "s".repeat(StakeholderGroup.SIZE_NOTES_MAX + 1)));
        assertBroken("engagement.channel.name.tooLong", "name",
                () -> new Channel(f.board, "c".repeat(Channel.NAME_MAX + 1), null));
    }
}
