package scot.cpib.action.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the GET links of filtered, sorted and paged lists, so every view can be bookmarked. */
public final class QueryLinks {

    private final String path;
    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    public QueryLinks(String path) {
        this.path = path;
    }

    /** Adds the parameter unless the value is empty; returns this for chaining. */
    public QueryLinks with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parameters.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value.toString().strip());
        }
        return this;
    }

    public QueryLinks withAll(String name, Iterable<?> values) {
        for (Object value : values) {
            with(name, value);
        }
        return this;
    }

    /** A copy with the parameter set to the one value (replacing any it had). */
    public QueryLinks replacing(String name, Object value) {
        QueryLinks copy = new QueryLinks(path);
        parameters.forEach((n, values) -> {
            if (!n.equals(name)) {
                copy.withAll(n, values);
            }
        });
        return copy.with(name, value);
    }

    @Override
    public String toString() {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            for (String value : entry.getValue()) {
                url.append(separator).append(encode(entry.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
