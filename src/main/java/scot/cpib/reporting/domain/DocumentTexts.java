package scot.cpib.reporting.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of generated documents (minute PDF and Word, agenda pack, matters arising, progress report,
 * action log, learning paper), read from the bundle {@code i18n/documents} in a locale, as the pages read
 * theirs. English ({@link #DEFAULT}) is the default; a translation is a {@code documents_xx.properties}
 * beside it. Patterns are {@link MessageFormat}s whose apostrophes are plain text (write ’ by habit);
 * numbers are printed as given, without grouping.
 */
public final class DocumentTexts {

    /** The documents' language until a reader's locale is passed through: British English. */
    public static final Locale DEFAULT = Locale.UK;

    private static final DocumentTexts ENGLISH = new DocumentTexts(DEFAULT);

    private final Locale locale;
    private final ResourceBundle bundle;

    private DocumentTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.documents", locale);
    }

    /** The documents' texts in the given locale (falling back to English for what is not translated). */
    public static DocumentTexts in(Locale locale) {
        return locale.equals(DEFAULT) ? ENGLISH : new DocumentTexts(locale);
    }

    /** The text of {@code key} in the default language, with its arguments put in. */
    public static String text(String key, Object... args) {
        return ENGLISH.get(key, args);
    }

    /** The text of {@code key} in this locale, with its arguments put in. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return new MessageFormat(pattern.replace("'", "''"), locale).format(plain);
    }
}
