package scot.cpib.shared.domain;

/**
 * The text rules every entity applies to what people type: required, at most so many characters,
 * stripped, and blanks stored as null. A broken rule throws {@link DomainException} with the key
 * {@code prefix + ".required"} or {@code prefix + ".tooLong"} (the limit as its argument).
 */
public final class Texts {

    /** Length of the long free-text fields (aims, achievements, descriptions kept in TEXT columns). */
    public static final int LONG_MAX = 20000;

    private Texts() {
    }

    /** The stripped text; a blank one breaks the rule {@code prefix + ".required"}. */
    public static String required(String value, int max, String prefix, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(prefix + ".required", field);
        }
        return optional(value, max, prefix, field);
    }

    /** The stripped text, or null when blank; a longer one breaks the rule {@code prefix + ".tooLong"}. */
    public static String optional(String value, int max, String prefix, String field) {
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
