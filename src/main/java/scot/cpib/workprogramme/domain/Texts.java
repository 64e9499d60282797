package scot.cpib.workprogramme.domain;

import scot.cpib.shared.domain.DomainException;

/** The text rules every work-programme entity applies: required, length limits, blanks stored as null. */
final class Texts {

    /** Length of the long free-text fields (aims, achievements, descriptions kept in TEXT columns). */
    static final int LONG_MAX = 20000;

    private Texts() {
    }

    static String required(String value, int max, String keyPrefix, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(keyPrefix + ".required", field);
        }
        return optional(value, max, keyPrefix, field);
    }

    static String optional(String value, int max, String keyPrefix, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new DomainException(keyPrefix + ".tooLong", field, max);
        }
        return stripped;
    }
}
