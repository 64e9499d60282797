package scot.cpib.shared.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void typedTextIsKeptWithoutSurroundingSpace() {
        assertEquals("Raising the profile", Texts.required("  Raising the profile \n", 40, "workstream.title", "title"));
        assertEquals("A note", Texts.optional(" A note ", 40, "mapping.note", "note"));
    }

    @Test
    void blankOptionalTextIsStoredAsNothing() {
        assertNull(Texts.optional("   ", 40, "mapping.note", "note"));
        assertNull(Texts.optional(null, 40, "mapping.note", "note"));
    }

    @Test
    void blankRequiredTextBreaksTheRequiredRuleOfItsField() {
        DomainException broken = assertThrows(DomainException.class, () -> Texts.required(" ", 40, "channel.name", "name"));
        assertEquals("channel.name.required", broken.getMessageKey());
        assertEquals("name", broken.getField());
    }

    @Test
    void textLongerThanTheLimitBreaksTheTooLongRuleWithTheLimit() {
        DomainException broken = assertThrows(DomainException.class, () -> Texts.optional("abcdef", 5, "channel.name", "name"));
        assertEquals("channel.name.tooLong", broken.getMessageKey());
        assertArrayEquals(new Object[] {5}, broken.getArguments());
        assertEquals("abcde", Texts.required(" abcde ", 5, "channel.name", "name"));
    }
}
