package scot.cpib.action.application;

/** Columns the action register sorts on. */
public enum ActionSort {
    DUE("a.due.date"),
    MEETING("m.date"),
    STATUS("a.status"),
    REFERENCE("m.number");

    private final String path;

    ActionSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
