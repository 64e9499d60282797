package scot.cpib.shared.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text of the pages' resource bundles by key, for services that write words people read outside a page
 * (e-mails, audit notes). Pages use {@code shared.web.PageMessages}, which reads the same bundles.
 */
public final class BundleTexts {

    private static final List<String> BUNDLES = List.of("i18n.messages", "i18n.meetings", "i18n.minutes",
            "i18n.actions", "i18n.admin", "i18n.workprogramme", "i18n.engagement", "i18n.periods",
            "i18n.packs", "i18n.annualreport", "i18n.people", "i18n.replies", "i18n.home");

    private BundleTexts() {
    }

    /** The text for the key, formatted with the arguments; the key itself when no bundle has it. */
    public static String text(String key, Object... arguments) {
        for (String name : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(name, Locale.UK).getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
            } catch (MissingResourceException notInThisBundle) {
                // try the next bundle
            }
        }
        return key;
    }
}
