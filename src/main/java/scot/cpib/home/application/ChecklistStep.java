package scot.cpib.home.application;

/**
 * One step of a meeting's checklist on the secretariat's home page: its name (a bundle key under
 * {@code home.step.}), whether it is done, a detail ("3 papers", "version 2") and the page where it is done.
 */
public record ChecklistStep(String key, boolean done, String detail, String path) {

    public String getKey() {
        return key;
    }

    public boolean isDone() {
        return done;
    }

    public String getDetail() {
        return detail;
    }

    public String getPath() {
        return path;
    }
}
