package scot.cpib.shared.web;

import java.util.List;

/**
 * A paged list's page and size as GET parameters, read leniently: a page that is not a number (or below
 * 1) is the first page, a size that is not one of the list's sizes is its default. The register, the
 * audit trail and the people and organisation lists read them so.
 */
public final class PageParams {

    private PageParams() {
    }

    /** The page asked for, counting from 1. */
    public static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The size asked for when it is one of the sizes offered, else the default. */
    public static int pageSize(String size, List<Integer> sizes, int fallback) {
        try {
            int chosen = size == null ? fallback : Integer.parseInt(size.strip());
            return sizes.contains(chosen) ? chosen : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
