package scot.cpib.minutes;

import static scot.cpib.api.ApiJson.body;
import static scot.cpib.api.ApiJson.list;
import static scot.cpib.api.ApiJson.number;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import scot.cpib.it.ApiClient;
import scot.cpib.it.AppServer;

/**
 * Finds a demo meeting's id (ids depend on the database) in the meetings list of the API, as a board
 * member sees it; kept for the run, as a meeting's id never changes.
 */
final class DemoMeetings {

    private static final Map<Integer, Long> IDS = new ConcurrentHashMap<>();

    private DemoMeetings() {
    }

    /** The id of the meeting with that number. */
    static long id(int number) {
        return IDS.computeIfAbsent(number, DemoMeetings::lookUp);
    }

    private static long lookUp(int number) {
        Map<String, Object> page = body(new ApiClient(AppServer.get()).get("/api/v1/meetings?size=200", "member"), 200);
        return list(page, "items").stream().filter(m -> number(m, "number") == number)
                .mapToLong(m -> number(m, "id")).findFirst()
                .orElseThrow(() -> new AssertionError("No meeting numbered " + number + " in " + page));
    }
}
