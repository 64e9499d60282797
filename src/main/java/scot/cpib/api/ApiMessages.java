package scot.cpib.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The API's texts, from the {@code i18n/api} bundle (British English). */
public final class ApiMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.api", Locale.UK);

    private ApiMessages() {
    }

    public static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), Locale.UK).format(args);
    }
}
