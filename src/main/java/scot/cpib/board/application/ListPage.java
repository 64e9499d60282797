package scot.cpib.board.application;

import java.util.List;

/**
 * One page of a long list of the register (people, organisations), with the total across all pages;
 * page numbers start at 0.
 */
public record ListPage<T>(List<T> items, long total, int page, int size) {

    /** The page sizes a register list offers; the first is the default. */
    public static final List<Integer> SIZES = List.of(25, 50, 100);

    /** The page number asked for, kept within 0 and the last page a list of this size could have. */
    public static int within(int page, int size) {
        return Math.min(Math.max(0, page), Integer.MAX_VALUE / Math.max(1, size) - 1);
    }

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    /** The position of the first item shown, counted from 1 ("Showing 26–50 of 3,000"). */
    public long first() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** The position of the last item shown. */
    public long last() {
        return (long) page * size + items.size();
    }
}
