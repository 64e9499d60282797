package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.cpib.action.application.ActionCriteria;
import scot.cpib.action.application.ActionSort;
import scot.cpib.action.application.PageRequest;
import scot.cpib.action.domain.ActionStatus;
import scot.cpib.api.error.BadParameterException;

/** Query parameters of GET /api/v1/actions turned into the register's criteria, or a 400 naming the parameter. */
class ActionQueryTest {

    private static ActionCriteria criteria(List<String> status, String owner, String overdue, String meeting,
                                           String dueFrom, String dueTo, String text) {
        return ActionQuery.criteria(status, owner, overdue, meeting, dueFrom, dueTo, text, "group:2"::equals);
    }

    @Test
    void theFirstRowOfTheLastPossiblePageStillFitsAnInt() {
        PageRequest huge = new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE, null, true);
        assertEquals(PageRequest.MAX_PAGE, huge.page());
        assertTrue(huge.offset() >= 0);
    }

    @Test
    void statusesMayBeRepeatedOrCommaSeparatedInAnyCase() {
        ActionCriteria criteria = criteria(List.of("open, in-progress", "COMPLETE"), null, null, null, null, null, null);
        assertEquals(EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.COMPLETE), criteria.statuses());
    }

    @Test
    void noParametersMeanTheWholeRegisterSortedByDueDateFromPageZero() {
        ActionCriteria criteria = criteria(null, "", null, null, null, null, " ");
        assertEquals(Set.of(), criteria.statuses());
        assertTrue(criteria.owners().isAny());
        assertFalse(criteria.overdueOnly());
        assertEquals(null, criteria.text());
        PageRequest page = ActionQuery.page(null, null, null, null);
        assertEquals(new PageRequest(0, 25, ActionSort.DUE, true), page);
    }

    @Test
    void filtersAreReadFromTheirParameters() {
        ActionCriteria criteria = criteria(List.of(), "group:2", "TRUE", "15", "2019-01-01", "2019-02-28", " strategy ");
        assertEquals(Set.of(2L), criteria.owners().groupIds());
        assertTrue(criteria.overdueOnly());
        assertEquals(15, criteria.meetingNumber());
        assertEquals(LocalDate.of(2019, 1, 1), criteria.dueFrom());
        assertEquals(LocalDate.of(2019, 2, 28), criteria.dueTo());
        assertEquals("strategy", criteria.text());
        assertEquals(new PageRequest(2, 200, ActionSort.REFERENCE, false), ActionQuery.page("2", "200", "Reference", "DESC"));
    }

    @Test
    void eachBadParameterIsNamed() {
        assertBad("status", () -> criteria(List.of("OPEN,DONE"), null, null, null, null, null, null));
        assertBad("owner", () -> criteria(null, "person:2", null, null, null, null, null));
        assertBad("overdue", () -> criteria(null, null, "yes", null, null, null, null));
        assertBad("meeting", () -> criteria(null, null, null, "15th", null, null, null));
        assertBad("dueFrom", () -> criteria(null, null, null, null, "2019-02-30", null, null));
        assertBad("dueTo", () -> criteria(null, null, null, null, null, "Feb 2019", null));
        assertBad("dueFrom", () -> criteria(null, null, null, null, "2019-03-01", "2019-02-01", null));
        assertBad("q", () -> criteria(null, null, null, null, null, null, "x".repeat(201)));
        assertBad("page", () -> ActionQuery.page("-1", null, null, null));
        assertBad("page", () -> ActionQuery.page("2147483647", null, null, null));
        assertBad("page", () -> ActionQuery.page("99999999999", null, null, null));
        assertBad("page", () -> ActionQuery.page("abc", null, null, null));
        assertBad("size", () -> ActionQuery.page(null, "0", null, null));
        assertBad("size", () -> ActionQuery.page(null, "201", null, null));
        assertBad("sort", () -> ActionQuery.page(null, null, "owner", null));
        assertBad("order", () -> ActionQuery.page(null, null, null, "down"));
    }

    @Test
    void messagesComeFromTheBundleWithTheValueQuoted() {
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> criteria(List.of("DONE"), null, null, null, null, null, null));
        assertTrue(e.getMessage().startsWith("Unknown status ’DONE’"), e.getMessage());
    }

    private static void assertBad(String parameter, Runnable call) {
        BadParameterException e = assertThrows(BadParameterException.class, call::run);
        assertEquals(parameter, e.parameter());
        assertFalse(e.getMessage().isBlank());
    }
}
