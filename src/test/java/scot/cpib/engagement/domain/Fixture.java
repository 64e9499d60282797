package scot.cpib.engagement.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import scot.cpib.board.domain.Board;
import scot.cpib.board.domain.Organisation;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.PartialDate;

/** A small strategy in memory: two groups, three messages, a matrix of three cells. */
final class Fixture {

    static final LocalDate TODAY = LocalDate.of(2019, 6, 30);
    static final LocalDateTime AT = LocalDateTime.of(2019, 6, 30, 10, 0);

    final Board board = new Board("Community Planning Improvement Board", "CPIB");
    final Organisation is = new Organisation("Improvement Service", "IS");
    final Person sarah = new Person("Sarah Gadsden", is);
    final Person mark = new Person("Mark McAteer", null);
    final StakeholderGroup chiefOfficers = new StakeholderGroup(board, "Chief Officers", null, null);
    final StakeholderGroup cpManagers = new StakeholderGroup(board, "CP Managers", null, null);
    final Channel network = new Channel(board, "CP Managers network meeting", null);
    final EngagementStrategy strategy = new EngagementStrategy(board, "CPIB Engagement Strategy", null,
            LocalDate.of(2019, 2, 28), null);
    final CoreMessage understand = strategy.addMessage(1, "To understand the experiences");
    final CoreMessage gather = strategy.addMessage(2, "To gather concrete examples");
    final CoreMessage support = strategy.addMessage(6, "To promote offers of support");

    Fixture() {
        strategy.planFor(chiefOfficers).plan(List.of(), null, List.of(), null, List.of(understand, gather));
        strategy.planFor(cpManagers).plan(List.of(network), null, List.of(), null, List.of(support));
    }

    EngagementDetails details(PartialDate date, Person who, List<StakeholderGroup> groups, List<CoreMessage> messages) {
        return new EngagementDetails(date, who, network, null, "Network meeting", groups, messages, 20,
                "What was heard", "What was learned");
    }

    EngagementRecord record(LocalDate on, Person who, List<StakeholderGroup> groups, CoreMessage... messages) {
        return new EngagementRecord(board, details(PartialDate.onDay(on), who, groups, List.of(messages)),
                "secretariat", AT, TODAY);
    }
}
