package scot.cpib.engagement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static scot.cpib.engagement.domain.Rules.assertBroken;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Board;
import scot.cpib.shared.domain.PartialDate;

class EngagementRecordTest {

    private final Fixture f = new Fixture();

    private EngagementRecord recordWith(EngagementDetails details) {
        return new EngagementRecord(f.board, details, "lead", Fixture.AT, Fixture.TODAY);
    }

    private EngagementDetails valid() {
        return f.details(PartialDate.onDay(Fixture.TODAY), f.sarah, List.of(f.cpManagers), List.of(f.support));
    }

    @Test
    void validEngagementIsRecordedWithStrippedTextsAndMessagesInNumberOrder() {
        EngagementRecord record = recordWith(new EngagementDetails(PartialDate.onDay(LocalDate.of(2019, 4, 10)),
                f.sarah, f.network, null, "  Network meeting  ", List.of(f.cpManagers, f.cpManagers),
                List.of(f.support, f.understand), 0, "  heard  ", "   "));
        assertEquals("Network meeting", record.getEventLabel());
        assertEquals(List.of(f.cpManagers), record.getGroups());
        assertEquals(List.of(f.understand, f.support), record.getMessages());
        assertEquals(0, record.getPeopleReached());
        assertEquals("heard", record.getHeard());
        assertNull(record.getLearned());
        assertFalse(record.isSampleData());
        assertEquals("lead", record.getRecordedBy());
    }

    @Test
    void dateIsRequired() {
        EngagementDetails d = valid();
        assertBroken("engagement.record.date.required", "date", () -> recordWith(new EngagementDetails(null,
                d.person(), d.channel(), null, null, d.groups(), d.messages(), null, null, null)));
    }

    @Test
    void engagementCannotBeDatedInTheFuture() {
        assertBroken("engagement.record.date.future", "date", () -> recordWith(
                f.details(PartialDate.onDay(Fixture.TODAY.plusDays(1)), f.sarah, List.of(f.cpManagers), List.of())));
        assertBroken("engagement.record.date.future", "date", () -> recordWith(
                f.details(PartialDate.inMonth(YearMonth.of(2019, 7)), f.sarah, List.of(f.cpManagers), List.of())));
    }

    @Test
    void theCurrentMonthIsNotInTheFuture() {
        EngagementRecord record = recordWith(
                f.details(PartialDate.inMonth(YearMonth.from(Fixture.TODAY)), f.sarah, List.of(f.cpManagers), List.of()));
        assertEquals("June 2019", record.getDate().getLabel());
    }

    @Test
    void someoneFromTheBoardIsRequired() {
        assertBroken("engagement.record.person.required", "person", () -> recordWith(
                f.details(PartialDate.onDay(Fixture.TODAY), null, List.of(f.cpManagers), List.of())));
    }

    @Test
    void atLeastOneGroupIsRequired() {
        assertBroken("engagement.record.groups.required", "groups", () -> recordWith(
                f.details(PartialDate.onDay(Fixture.TODAY), f.sarah, List.of(), List.of(f.support))));
    }

    @Test
    void groupsMustBeOfTheSameBoard() {
        StakeholderGroup elsewhere = new StakeholderGroup(new Board("Another board", "AB"), "CP Managers", null, null);
        assertBroken("engagement.record.groups.otherBoard", "groups", () -> recordWith(
                f.details(PartialDate.onDay(Fixture.TODAY), f.sarah, List.of(elsewhere), List.of())));
    }

    @Test
    void channelIsRequired() {
        assertBroken("engagement.record.channel.required", "channel", () -> recordWith(new EngagementDetails(
                PartialDate.onDay(Fixture.TODAY), f.sarah, null, null, null, List.of(f.cpManagers), List.of(), null,
                null, null)));
    }

    @Test
    void channelAndEventMustBeOfTheSameBoard() {
        Board another = new Board("Another board", "AB");
        Channel elsewhere = new Channel(another, "Website", null);
        assertBroken("engagement.record.channel.otherBoard", "channel", () -> recordWith(new EngagementDetails(
                PartialDate.onDay(Fixture.TODAY), f.sarah, elsewhere, null, null, List.of(f.cpManagers), List.of(), null,
                null, null)));
        ScheduledEvent otherEvent = new EngagementStrategy(another, "Their strategy", null, LocalDate.of(2019, 1, 1), null)
                .schedule(PartialDate.onDay(LocalDate.of(2019, 3, 1)), "Their event", null, List.of());
        assertBroken("engagement.record.event.otherBoard", "event", () -> recordWith(new EngagementDetails(
                PartialDate.onDay(Fixture.TODAY), f.sarah, f.network, otherEvent, null, List.of(f.cpManagers), List.of(),
                null, null, null)));
    }

    @Test
    void peopleReachedCannotBeNegative() {
        assertBroken("engagement.record.peopleReached.negative", "peopleReached", () -> recordWith(new EngagementDetails(
                PartialDate.onDay(Fixture.TODAY), f.sarah, f.network, null, null, List.of(f.cpManagers), List.of(), -1,
                null, null)));
    }

    @Test
    void textsHaveMaximumLengths() {
        String event = "e".repeat(EngagementRecord.EVENT_NAME_MAX + 1);
        String long4000 = "x".repeat(EngagementRecord.HEARD_MAX + 1);
        var e = assertBroken("engagement.record.eventName.tooLong", "eventName", () -> recordWith(new EngagementDetails(
                PartialDate.onDay(Fixture.TODAY), f.sarah, f.network, null, event, List.of(f.cpManagers), List.of(),
                null, null, null)));
        assertEquals(EngagementRecord.EVENT_NAME_MAX, e.getArguments()[0]);
        assertBroken("engagement.record.heard.tooLong", "heard", () -> recordWith(new EngagementDetails(
                PartialDate.onDay(Fixture.TODAY), f.sarah, f.network, null, null, List.of(f.cpManagers), List.of(),
                null, long4000, null)));
        assertBroken("engagement.record.learned.tooLong", "learned", () -> recordWith(new EngagementDetails(
                PartialDate.onDay(Fixture.TODAY), f.sarah, f.network, null, null, List.of(f.cpManagers), List.of(),
                null, null, long4000)));
    }

    @Test
    void textsOfExactlyTheMaximumLengthAreAccepted() {
        EngagementRecord record = recordWith(new EngagementDetails(PartialDate.onDay(Fixture.TODAY), f.sarah, f.network,
                null, "e".repeat(EngagementRecord.EVENT_NAME_MAX), List.of(f.cpManagers), List.of(), null,
                "h".repeat(EngagementRecord.HEARD_MAX), "l".repeat(EngagementRecord.LEARNED_MAX)));
        assertEquals(EngagementRecord.HEARD_MAX, record.getHeard().length());
    }

    @Test
    void aRejectedRevisionLeavesTheRecordAsItWas() {
        EngagementRecord record = recordWith(valid());
        assertBroken("engagement.record.peopleReached.negative", "peopleReached", () -> record.revise(new EngagementDetails(
                PartialDate.onDay(LocalDate.of(2019, 1, 1)), f.mark, f.network, null, "Changed",
                List.of(f.chiefOfficers), List.of(f.understand), -5, "changed", "changed"), Fixture.TODAY));
        assertEquals(f.sarah, record.getPerson());
        assertEquals(List.of(f.cpManagers), record.getGroups());
        assertEquals("Network meeting", record.getEventName());
        assertEquals(20, record.getPeopleReached());
    }

    @Test
    void eventLabelFallsBackToTheScheduledEvent() {
        ScheduledEvent event = f.strategy.schedule(PartialDate.inMonth(YearMonth.of(2019, 5)),
                "CPIB meeting: Learning from Engagement", null, List.of());
        EngagementRecord record = recordWith(new EngagementDetails(PartialDate.onDay(Fixture.TODAY), f.sarah, f.network,
                event, " ", List.of(f.cpManagers), List.of(), null, null, null));
        assertEquals("CPIB meeting: Learning from Engagement", record.getEventLabel());
    }
}
