package scot.cpib.action.application;

import java.util.List;

/**
 * One person's weekly digest: who, where to, and their actions overdue or due soon (plain values, so
 * the mail is written outside the transaction that found them).
 */
public record Digest(Long personId, String name, String email, List<Line> overdue, List<Line> dueSoon) {

    /** One action in a digest. */
    public record Line(Long actionId, String reference, String description, String due) {
    }

    public int size() {
        return overdue.size() + dueSoon.size();
    }
}
