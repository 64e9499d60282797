package scot.cpib.action.domain;

/** Where an agreed action stands. Open and in-progress actions come back as matters arising. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, COMPLETE, SUPERSEDED, COVERED_ELSEWHERE;

    public boolean isOutstanding() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
