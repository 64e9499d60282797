package scot.cpib.action.application;

/** Columns the action register sorts on. */
public enum ActionSort {
    DUE("a.due.date"),
    MEETING("COALESCE(m.date, e.date.date)"),
    STATUS("a.status"),
    REFERENCE(ActionRegister.MEETING_NUMBER);

    private final String path;

    ActionSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
