package scot.cpib.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scot.cpib.api.ApiJson.body;
import static scot.cpib.api.ApiJson.error;
import static scot.cpib.api.ApiJson.list;
import static scot.cpib.api.ApiJson.map;
import static scot.cpib.api.ApiJson.number;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/** GET /api/v1/meetings and /api/v1/meetings/{id} against the demo data of the February 2019 pack. */
class MeetingsApiIT {

    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(AppServer.get());
    }

    /** The id of the meeting with this number, as a board member sees the list. */
    static long meetingId(ApiClient client, int number) {
        Map<String, Object> page = body(client.get("/api/v1/meetings?size=200", "member"), 200);
        return list(page, "items").stream().filter(m -> number(m, "number") == number)
                .mapToLong(m -> number(m, "id")).findFirst()
                .orElseThrow(() -> new AssertionError("No meeting " + number + " in " + page));
    }

    @Test
    void sixteenthMeetingHasItsDateTimesVenueAndEightAgendaItemsInOrder() {
        Map<String, Object> meeting = body(api.get("/api/v1/meetings/" + meetingId(api, 16), "member"), 200);

        assertEquals(16, number(meeting, "number"));
        assertEquals("2019-02-28", meeting.get("date"));
        assertTrue(((String) meeting.get("startTime")).startsWith("14:00"), meeting.toString());
        assertTrue(((String) meeting.get("endTime")).startsWith("16:00"), meeting.toString());
        assertEquals("Scottish Enterprise, Apex House", meeting.get("venueName"));
        assertEquals("99 Haymarket Terrace, Edinburgh EH12 5HD", meeting.get("venueAddress"));
        assertEquals(15, number(meeting, "previousMeetingNumber"));
        List<Map<String, Object>> agenda = list(meeting, "agenda");
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), agenda.stream().map(i -> i.get("label")).toList());
        assertEquals(List.of("Welcome and Introduction", "Minute & Matters Arising",
                "CPIB Work Programme – revised to reflect updated purpose", "CPIB Engagement Strategy",
                "Community Participation Action Learning – Key Recommendations", "AOB",
                "Future Items & Date of Next Meeting", "Close"), agenda.stream().map(i -> i.get("title")).toList());
        assertEquals("MINUTE_AND_MATTERS_ARISING", agenda.get(1).get("standingKind"));
        assertEquals("DECISION", agenda.get(2).get("purpose"));
        assertEquals("DISCUSSION", agenda.get(4).get("purpose"));
        assertNull(agenda.get(2).get("standingKind"));
        assertEquals(Boolean.FALSE, agenda.get(3).get("confidential"));
        List<Map<String, Object>> papers = list(agenda.get(3), "papers");
        assertEquals(List.of("CPIB Engagement Strategy"), papers.stream().map(p -> p.get("title")).toList(),
                "the engagement strategy paper of the pack, written in the app");
        assertEquals(Boolean.FALSE, papers.get(0).get("confidential"));
    }

    @Test
    void fifteenthMeetingListsAttendanceWithTheChairFirstAndApologies() {
        Map<String, Object> meeting = body(api.get("/api/v1/meetings/" + meetingId(api, 15), "lead"), 200);

        Map<String, Object> attendance = map(meeting, "attendance");
        List<Map<String, Object>> present = list(attendance, "present");
        assertEquals(13, present.size());
        assertEquals("Steve Grimmond", present.get(0).get("name"));
        assertEquals(Boolean.TRUE, present.get(0).get("chair"));
        assertEquals("SOLACE", present.get(0).get("organisation"));
        assertEquals(1, present.stream().filter(p -> Boolean.TRUE.equals(p.get("chair"))).count());
        assertEquals(4, list(attendance, "apologies").size());
        assertEquals(List.of(), list(attendance, "inAttendance"));
        List<Map<String, Object>> agenda = list(meeting, "agenda");
        assertEquals(List.of("4i", "4ii", "4iii"), list(agenda.get(3), "subItems").stream().map(i -> i.get("label")).toList());
        assertEquals("Mark McAteer", agenda.get(4).get("presenter"));
    }

    @Test
    void boardMembersSeeEveryMeetingNewestFirstAndPaged() {
        Map<String, Object> all = body(api.get("/api/v1/meetings", "member"), 200);
        assertTrue(number(all, "total") >= 3);
        assertEquals(0, number(all, "page"));
        assertEquals(25, number(all, "size"));
        List<Long> numbers = list(all, "items").stream().map(m -> number(m, "number")).toList();
        assertTrue(numbers.containsAll(List.of(14L, 15L, 16L)), numbers.toString());

        Map<String, Object> second = body(api.get("/api/v1/meetings?page=1&size=1", "member"), 200);
        assertEquals(1, list(second, "items").size());
        assertEquals(number(all, "total"), number(second, "total"));
        assertEquals(numbers.get(1), number(list(second, "items").get(0), "number"));
    }

    @Test
    void publicSeesNoUnpublishedMeeting() {
        Map<String, Object> page = body(api.get("/api/v1/meetings?size=200"), 200);
        assertTrue(list(page, "items").stream().allMatch(m -> "PUBLISHED".equals(m.get("status"))), page.toString());
        assertFalse(list(page, "items").stream().anyMatch(m -> number(m, "number") == 16), page.toString());

        error(api.get("/api/v1/meetings/" + meetingId(api, 16)), 404);
    }

    @Test
    void unknownMeetingAnswersJsonNotFound() {
        error(api.get("/api/v1/meetings/987654", "secretariat"), 404);
        error(api.get("/api/v1/meetings/not-a-number", "secretariat"), 404);
    }

    @Test
    void badPagingIsA400NamingTheParameter() {
        assertEquals("size", error(api.get("/api/v1/meetings?size=0", "member"), 400).get("parameter"));
        assertEquals("page", error(api.get("/api/v1/meetings?page=-1", "member"), 400).get("parameter"));
        assertEquals("page", error(api.get("/api/v1/meetings?page=first", "member"), 400).get("parameter"));
    }
}
