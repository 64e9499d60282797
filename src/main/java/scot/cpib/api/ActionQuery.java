package scot.cpib.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionSort;
import scot.cpib.action.application.OwnerFilter;
import scot.cpib.action.application.PageRequest;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.api.error.BadParameterException;

/**
 * The query parameters of GET /api/v1/actions, checked and turned into the register's criteria and
 * page request. Anything it cannot use is a {@link BadParameterException} naming the parameter.
 */
public final class ActionQuery {

    static final int TEXT_MAX = 200;

    private ActionQuery() {
    }

    /** Checks an owner key exists (e.g. {@code Owners::find}) before it filters. */
    public static ActionCriteria criteria(List<String> status, String owner, String overdue, String meeting,
                                          String dueFrom, String dueTo, String text, Predicate<String> ownerExists) {
        LocalDate from = date("dueFrom", dueFrom);
        LocalDate to = date("dueTo", dueTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("dueFrom", "api.param.dateOrder");
        }
        String words = blankToNull(text);
        if (words != null && words.length() > TEXT_MAX) {
            throw new BadParameterException("q", "api.param.text", TEXT_MAX);
        }
        ActionCriteria criteria = new ActionCriteria(statuses(status), owners(owner, ownerExists), from, to,
                number("meeting", meeting), false, words);
        return bool("overdue", overdue) ? criteria.overdue() : criteria;
    }

    public static PageRequest page(String page, String size, String sort, String order) {
        Integer pageNumber = number("page", page);
        if (pageNumber != null && (pageNumber < 0 || pageNumber > PageRequest.MAX_PAGE)) {
            throw new BadParameterException("page", "api.param.page", PageRequest.MAX_PAGE);
        }
        Integer pageSize = number("size", size);
        if (pageSize != null && (pageSize < 1 || pageSize > PageRequest.MAX_SIZE)) {
            throw new BadParameterException("size", "api.param.size", PageRequest.MAX_SIZE);
        }
        return new PageRequest(pageNumber == null ? 0 : pageNumber,
                pageSize == null ? PageRequest.DEFAULT_SIZE : pageSize, sort(sort), ascending(order));
    }

    static Set<ActionStatus> statuses(List<String> values) {
        Set<ActionStatus> statuses = EnumSet.noneOf(ActionStatus.class);
        if (values == null) {
            return statuses;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                String name = part.strip().toUpperCase(Locale.ROOT).replace('-', '_');
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    statuses.add(ActionStatus.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new BadParameterException("status", "api.param.status", part.strip());
                }
            }
        }
        return statuses;
    }

    static OwnerFilter owners(String key, Predicate<String> ownerExists) {
        String value = blankToNull(key);
        if (value == null) {
            return OwnerFilter.ANY;
        }
        if (!ownerExists.test(value)) {
            throw new BadParameterException("owner", "api.param.owner", value);
        }
        return OwnerFilter.ofKey(value);
    }

    static LocalDate date(String parameter, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(parameter, "api.param.date", text);
        }
    }

    static Integer number(String parameter, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new BadParameterException(parameter, "api.param.number", text);
        }
    }

    static boolean bool(String parameter, String value) {
        String text = blankToNull(value);
        if (text == null || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadParameterException(parameter, "api.param.boolean", text);
    }

    static ActionSort sort(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return ActionSort.DUE;
        }
        try {
            return ActionSort.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("sort", "api.param.sort", text);
        }
    }

    static boolean ascending(String value) {
        String text = blankToNull(value);
        if (text == null || text.equalsIgnoreCase("asc")) {
            return true;
        }
        if (text.equalsIgnoreCase("desc")) {
            return false;
        }
        throw new BadParameterException("order", "api.param.order", text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
