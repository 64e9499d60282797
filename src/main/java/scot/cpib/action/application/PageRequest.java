package scot.cpib.action.application;

/** One page of a list, sorted: page numbers start at 0; size is capped at {@link #MAX_SIZE}. */
public record PageRequest(int page, int size, ActionSort sort, boolean ascending) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        sort = sort == null ? ActionSort.DUE : sort;
    }

    public int offset() {
        return page * size;
    }
}
