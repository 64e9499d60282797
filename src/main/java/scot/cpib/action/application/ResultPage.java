package scot.cpib.action.application;

import java.util.List;

/** A page of results with the total across all pages. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    /** The same page (number, size, total) with other items: what these items were read into. */
    public <U> ResultPage<U> withItems(List<U> others) {
        return new ResultPage<>(others, total, page, size);
    }

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
