package scot.cpib.minutes.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.minutes.domain.MinuteText;
import scot.cpib.shared.web.PageMessages;

/**
 * For pages showing a minute: bundle texts with arguments for attributes (labels, button values) where
 * h:outputFormat cannot go, and a minute text split into paragraphs and lists by {@link MinuteText}.
 */
@Named("mintext")
@ApplicationScoped
public class MinuteTexts {

    public String f(String key, Object argument) {
        return PageMessages.text(key, argument);
    }

    public String f2(String key, Object first, Object second) {
        return PageMessages.text(key, first, second);
    }

    /** The paragraphs and lists of a minute text, as the PDF and Word minute print them. */
    public List<MinuteText.Block> blocks(String text) {
        return MinuteText.blocks(text);
    }

    /** A reference usable in an HTML id: "16/3/1" becomes "16_3_1". */
    public String key(AgreedAction action) {
        return action.getReference().replace('/', '_');
    }
}
