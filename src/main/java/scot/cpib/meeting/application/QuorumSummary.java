package scot.cpib.meeting.application;

import java.util.List;
import java.util.OptionalInt;
import scot.cpib.board.domain.Person;
import scot.cpib.meeting.domain.AttendanceReply;

/**
 * The replies to a meeting against the board's quorum rule: how many members' seats will be filled
 * (attending, or sending a substitute), the rule (empty when the board has none), and who has not replied.
 */
public record QuorumSummary(List<AttendanceReply> replies, List<Person> notReplied, int expected, int members,
        OptionalInt rule) {

    /** Whether the rule is met by the replies so far; false when the board has no rule. */
    public boolean isQuorate() {
        return rule.isPresent() && expected >= rule.getAsInt();
    }

    public boolean isRuleSet() {
        return rule.isPresent();
    }

    /** The number the rule asks for, or 0 when there is none (pages show "no rule" instead). */
    public int getRequired() {
        return rule.orElse(0);
    }

    public List<AttendanceReply> getReplies() {
        return replies;
    }

    public List<Person> getNotReplied() {
        return notReplied;
    }

    public int getExpected() {
        return expected;
    }

    public int getMembers() {
        return members;
    }
}
