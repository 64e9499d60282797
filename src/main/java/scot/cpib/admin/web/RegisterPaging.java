package scot.cpib.admin.web;

import java.util.List;
import scot.cpib.action.web.QueryLinks;
import scot.cpib.board.application.ListPage;
import scot.cpib.shared.web.PageParams;

/**
 * The GET parameters of a paged, filtered register list (people, organisations): the text to find,
 * the page (from 1) and its size, each read leniently (a page or size that is not a number is the
 * first page or the default size), and the links to other pages that keep the filter.
 */
public class RegisterPaging {

    /** Reads one page of a list for a filter text, a page number (from 0) and a size. */
    @FunctionalInterface
    public interface Reader<T> {
        ListPage<T> read(String text, int page, int size);
    }

    private String text;
    private String page;
    private String size;

    /** The page asked for, or the last page when the list has become shorter than that. */
    public <T> ListPage<T> read(Reader<T> reader) {
        ListPage<T> found = reader.read(text, getPageNumber() - 1, getPageSize());
        if (found.items().isEmpty() && found.total() > 0) {
            found = reader.read(text, found.pageCount() - 1, getPageSize());
        }
        return found;
    }

    public String link(QueryLinks base, int number) {
        return base.with("text", text).with("size", size).with("page", number <= 1 ? null : number).toString();
    }

    public int getPageNumber() {
        return PageParams.pageNumber(page);
    }

    public int getPageSize() {
        return PageParams.pageSize(size, ListPage.SIZES, ListPage.SIZES.get(0));
    }

    public List<Integer> getPageSizes() {
        return ListPage.SIZES;
    }

    public String getPageSizeText() {
        return Integer.toString(getPageSize());
    }

    public void setPageSizeText(String chosen) {
        this.size = chosen;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
