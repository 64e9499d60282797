package scot.cpib.action.application;

/** One page of a list, sorted: page numbers start at 0 (up to {@link #MAX_PAGE}); size is capped at {@link #MAX_SIZE}. */
public record PageRequest(int page, int size, ActionSort sort, boolean ascending) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    /** The last page number there can be: beyond it the first row would not fit in an int. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public PageRequest {
        page = Math.min(Math.max(0, page), MAX_PAGE);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        sort = sort == null ? ActionSort.DUE : sort;
    }

    public int offset() {
        return page * size;
    }
}
