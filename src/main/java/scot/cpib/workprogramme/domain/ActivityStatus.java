package scot.cpib.workprogramme.domain;

/** Where an activity stands. Planned and in-progress activities are open and carried into a revision. */
public enum ActivityStatus {
    PLANNED, IN_PROGRESS, COMPLETE, DROPPED;

    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
