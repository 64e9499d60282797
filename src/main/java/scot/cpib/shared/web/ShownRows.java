package scot.cpib.shared.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows a page of forms showed, by id and in order. Faces matches a repeated form's posted fields to
 * the rows by their place in the list, so a page that reads its list afresh on the post would give a
 * row's typed text to another row when someone else has meanwhile moved, added or removed one: a page
 * keeps this in its view and lays the fresh rows out as they were shown.
 */
public final class ShownRows implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Long> ids;

    /**
     * On the first request, the rows as they are (and remembers them). On a post, the rows in the
     * order they were shown, then any new ones (so no shown row moves); when rendering the post's
     * answer, that order is remembered for the next post. A shown row that no longer exists is left out.
     */
    public <T> List<T> arrange(List<T> current, Function<T, Long> id, boolean postback, boolean rendering) {
        if (ids == null || !postback) {
            ids = current.stream().map(id).toList();
            return current;
        }
        Map<Long, T> byId = new LinkedHashMap<>();
        current.forEach(row -> byId.put(id.apply(row), row));
        List<T> arranged = new ArrayList<>(current.size());
        for (Long shown : ids) {
            T row = byId.remove(shown);
            if (row != null) {
                arranged.add(row);
            }
        }
        arranged.addAll(byId.values());
        if (rendering) {
            ids = arranged.stream().map(id).toList();
        }
        return arranged;
    }
}
