package scot.cpib.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.cpib.shared.domain.DatePrecision;
import scot.cpib.shared.domain.PartialDate;

/**
 * Reads a date as people type it: a day ("28 February 2019", "28 Feb 2019", "28/02/2019", "2019-02-28"),
 * a whole month ("February 2019", "Feb 2019", "02/2019", "2019-02") or, where allowed, a quarter
 * ("Q1 2019"). Years have four digits; month names may be shortened to three letters or more.
 */
public final class PartialDateParser {

    private static final String SPACE = "[\\s,.]+";
    private static final Pattern DAY_NAMED = Pattern.compile("(\\d{1,2})" + SPACE + "(\\p{L}+)" + SPACE + "(\\d{4})");
    private static final Pattern DAY_NUMBERED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DAY_ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_NAMED = Pattern.compile("(\\p{L}+)" + SPACE + "(\\d{4})");
    private static final Pattern MONTH_NUMBERED = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern MONTH_ISO = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("[qQ]([1-4])\\s*(\\d{4})|(\\d{4})\\s*-?\\s*[qQ]([1-4])");

    private PartialDateParser() {
    }

    /** Why a text could not be read, by bundle key. */
    public static final class Unreadable extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String messageKey;

        Unreadable(String messageKey, String text) {
            super(messageKey + ": " + text);
            this.messageKey = messageKey;
        }

        public String getMessageKey() {
            return messageKey;
        }
    }

    /**
     * The partial date the text gives, in the locale's month names (UK English here).
     *
     * @throws Unreadable {@code partialDate.unreadable} when the text is no date, month or quarter (or
     *     names a day that does not exist), {@code partialDate.noQuarter} for a quarter where none is allowed
     */
    public static PartialDate parse(String text, boolean quartersAllowed, Locale locale) {
        String value = text == null ? "" : text.strip();
        try {
            PartialDate parsed = read(value, locale);
            if (parsed != null && parsed.getPrecision() == DatePrecision.QUARTER && !quartersAllowed) {
                throw new Unreadable("partialDate.noQuarter", value);
            }
            if (parsed != null) {
                return parsed;
            }
        } catch (DateTimeException noSuchDay) {
            // falls through to the refusal below
        }
        throw new Unreadable(quartersAllowed ? "partialDate.unreadableQuarter" : "partialDate.unreadable", value);
    }

    private static PartialDate read(String value, Locale locale) {
        Matcher m;
        if ((m = DAY_NAMED.matcher(value)).matches()) {
            Integer month = month(m.group(2), locale);
            return month == null ? null : day(m.group(3), month, m.group(1));
        }
        if ((m = DAY_NUMBERED.matcher(value)).matches()) {
            return day(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        if ((m = DAY_ISO.matcher(value)).matches()) {
            return day(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        if ((m = MONTH_NAMED.matcher(value)).matches()) {
            Integer month = month(m.group(1), locale);
            return month == null ? null : PartialDate.inMonth(YearMonth.of(Integer.parseInt(m.group(2)), month));
        }
        if ((m = MONTH_NUMBERED.matcher(value)).matches()) {
            return PartialDate.inMonth(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
        if ((m = MONTH_ISO.matcher(value)).matches()) {
            return PartialDate.inMonth(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            boolean quarterFirst = m.group(1) != null;
            int quarter = Integer.parseInt(quarterFirst ? m.group(1) : m.group(4));
            return PartialDate.inQuarter(Integer.parseInt(quarterFirst ? m.group(2) : m.group(3)), quarter);
        }
        return null;
    }

    private static PartialDate day(String year, int month, String day) {
        return PartialDate.onDay(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    }

    /** 1 to 12 for a month's full name or a start of it of three letters or more ("Feb", "Sept"); null otherwise. */
    private static Integer month(String word, Locale locale) {
        String typed = word.toLowerCase(locale);
        if (typed.length() < 3) {
            return null;
        }
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale).startsWith(typed)) {
                return month.getValue();
            }
        }
        return null;
    }
}
