package scot.cpib.engagement.domain;

import scot.cpib.shared.domain.DomainException;

/** The text rules every engagement entity shares: required, at most so many characters, stripped. */
final class Texts {

    private Texts() {
    }

    /** The stripped text; a blank one breaks the rule {@code prefix + ".required"}. */
    static String required(String value, int max, String prefix, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(prefix + ".required", field);
        }
        return optional(value, max, prefix, field);
    }

    /** The stripped text, or null when blank; a longer one breaks the rule {@code prefix + ".tooLong"}. */
    static String optional(String value, int max, String prefix, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new DomainException(prefix + ".tooLong", field, max);
        }
        return text;
    }
}
