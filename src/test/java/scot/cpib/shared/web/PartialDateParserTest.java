package scot.cpib.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.cpib.shared.domain.PartialDate;

class PartialDateParserTest {

    private static final PartialDate DAY = PartialDate.onDay(LocalDate.of(2019, 2, 28));
    private static final PartialDate FEBRUARY = PartialDate.inMonth(YearMonth.of(2019, 2));

    private static PartialDate read(String text) {
        return PartialDateParser.parse(text, false, Locale.UK);
    }

    private static String refusal(String text, boolean quarters) {
        return assertThrows(PartialDateParser.Unreadable.class,
                () -> PartialDateParser.parse(text, quarters, Locale.UK)).getMessageKey();
    }

    @ParameterizedTest
    @ValueSource(strings = {"28 February 2019", "28 Feb 2019", "28 feb 2019", "28/02/2019", "28/2/2019", "2019-02-28",
        " 28 February 2019 ", "28 Feb. 2019", "28 February, 2019"})
    void readsADayInEachAcceptedForm(String text) {
        assertEquals(DAY, read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"February 2019", "Feb 2019", "FEBRUARY 2019", "02/2019", "2/2019", "2019-02", "Febr 2019"})
    void readsAWholeMonthInEachAcceptedForm(String text) {
        assertEquals(FEBRUARY, read(text));
    }

    @Test
    void readsSeptemberShortenedEitherWay() {
        PartialDate september = PartialDate.inMonth(YearMonth.of(2019, 9));
        assertEquals(september, read("Sep 2019"));
        assertEquals(september, read("Sept 2019"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q1 2019", "q1 2019", "Q12019", "2019 Q1", "2019-Q1"})
    void readsAQuarterWhereQuartersAreAllowed(String text) {
        assertEquals(PartialDate.inQuarter(2019, 1), PartialDateParser.parse(text, true, Locale.UK));
    }

    @Test
    void refusesAQuarterWhereOnlyADayOrMonthIsAllowed() {
        assertEquals("partialDate.noQuarter", refusal("Q1 2019", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 February 2019", "30/02/2019", "2019-02-30", "2019-13", "13/2019", "0/2019", "Q5 2019",
        "February", "2019", "28 February", "28/02/19", "Fe 2019", "Fevrier 2019", "next week", "28 February 2019 2pm",
        "-1/2019"})
    void refusesTextThatIsNoDateOrMonth(String text) {
        assertEquals("partialDate.unreadable", refusal(text, false));
    }

    @Test
    void refusalWhereQuartersAreAllowedMentionsThem() {
        assertEquals("partialDate.unreadableQuarter", refusal("Q5 2019", true));
    }

    @Test
    void theLabelShownInTheFieldReadsBackAsTheSameDate() {
        for (PartialDate date : new PartialDate[] {DAY, FEBRUARY, PartialDate.inQuarter(2019, 3)}) {
            assertEquals(date, PartialDateParser.parse(date.getLabel(), true, Locale.UK));
        }
    }

    @Test
    void everyRefusalHasAText() {
        for (String key : new String[] {"partialDate.unreadable", "partialDate.unreadableQuarter", "partialDate.noQuarter",
            "partialDate.hint", "partialDate.hintQuarter", "partialDate.quarterOutOfRange"}) {
            assertNotEquals(key, PageMessages.text(key), key);
        }
    }
}
