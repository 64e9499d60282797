package scot.cpib.action.application;

/**
 * How many actions one owner has (e.g. overdue): the owner as lists label it and its key for the
 * register's owner filter.
 */
public record OwnerCount(String label, String key, long count) {

    public String getLabel() {
        return label;
    }

    public String getKey() {
        return key;
    }

    public long getCount() {
        return count;
    }
}
