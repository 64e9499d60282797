package scot.cpib.pack.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the pack e-mails, from the packs bundle (the pages use the same bundle as #{pkmsg}). */
final class PackTexts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.packs", Locale.UK);

    private PackTexts() {
    }

    static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), Locale.UK).format(args);
    }
}
