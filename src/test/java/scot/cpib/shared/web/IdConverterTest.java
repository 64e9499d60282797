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
    void aMalformedIdInTheAddressFindsNothingWhileAMissingOneIsNoId() {
        IdConverter converter = new IdConverter();
        assertEquals(IdConverter.NO_SUCH_ID, converter.getAsObject(null, null, "abc"));
        assertEquals(IdConverter.NO_SUCH_ID, converter.getAsObject(null, null, "99999999999999999999"));
        assertNull(converter.getAsObject(null, null, ""));
        assertNull(converter.getAsObject(null, null, null));
        assertEquals(15L, converter.getAsObject(null, null, "15"));
    }

    @Test
    void missingEmptyMalformedNegativeAndHugeValuesAreNoId() {
        for (String bad : new String[] {null, "", "  ", "abc", "-1", "1.5", "12abc", "0x10", "9999999999999999999",
                "99999999999999999999999999", "1e5", "١٢"}) {
            assertNull(IdConverter.parse(bad), bad);
        }
    }
}
