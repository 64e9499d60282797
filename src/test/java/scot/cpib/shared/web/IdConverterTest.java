package scot.cpib.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IdConverterTest {

    @Test
    void wholeNumbersUpToEighteenDigitsAreIds() {
        assertEquals(12L, IdConverter.parse("12"));
        assertEquals(7L, IdConverter.parse(" 7 "));
        assertEquals(999_999_999_999_999_999L, IdConverter.parse("999999999999999999"));
    }

    @Test
    void missingEmptyMalformedNegativeAndHugeValuesAreNoId() {
        for (String bad : new String[] {null, "", "  ", "abc", "-1", "1.5", "12abc", "0x10", "9999999999999999999",
                "99999999999999999999999999", "1e5", "١٢"}) {
            assertNull(IdConverter.parse(bad), bad);
        }
    }
}
