package scot.cpib.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CPIB_DEMO_PASSWORD meets the same policy as every password, or the app does not start. */
class DemoPasswordTest {

    @Test
    void aWeakDemoPasswordStopsTheStartAndSaysWhy() {
        IllegalStateException tooShort = assertThrows(IllegalStateException.class, () -> DemoDataLoader.requireStrong("short-one"));
        assertTrue(tooShort.getMessage().contains("at least 12 characters"), tooShort.getMessage());
        IllegalStateException common = assertThrows(IllegalStateException.class, () -> DemoDataLoader.requireStrong("qwerty123456"));
        assertTrue(common.getMessage().contains("list of common passwords"), common.getMessage());
        IllegalStateException withName = assertThrows(IllegalStateException.class,
                () -> DemoDataLoader.requireStrong("my secretariat password"));
        assertTrue(withName.getMessage().contains("user name"), withName.getMessage());
    }

    @Test
    void aLongUncommonDemoPasswordIsAccepted() {
        assertDoesNotThrow(() -> DemoDataLoader.requireStrong("lantern orchard ferry 42"));
    }
}
