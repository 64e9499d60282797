package scot.cpib.engagement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.function.Executable;
import scot.cpib.shared.domain.DomainException;

/** Asserts that a rule is broken with the given message key (which the bundle must hold) and field. */
final class Rules {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.engagement", Locale.UK);

    private Rules() {
    }

    static DomainException assertBroken(String key, String field, Executable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(key, e.getMessageKey());
        assertEquals(field, e.getField());
        assertTrue(BUNDLE.containsKey(key), () -> key + " is missing from i18n/engagement.properties");
        return e;
    }
}
