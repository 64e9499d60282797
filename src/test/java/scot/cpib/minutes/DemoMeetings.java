package scot.cpib.minutes;

import scot.cpib.it.Browser;

/** Finds a demo meeting's id (ids depend on the database) by opening minutes until the title matches. */
final class DemoMeetings {

    private static final int MAX_ID = 40;

    private DemoMeetings() {
    }

    /** The id of the meeting with that number; the browser must be signed in as a board reader. */
    static long id(Browser browser, int number) {
        String wanted = "Minute of the " + number + "th meeting";
        for (long id = 1; id <= MAX_ID; id++) {
            browser.open("/meetings/minute.xhtml?id=" + id);
            if (browser.title().startsWith(wanted)) {
                return id;
            }
        }
        throw new AssertionError("No meeting numbered " + number + " among ids 1 to " + MAX_ID);
    }
}
