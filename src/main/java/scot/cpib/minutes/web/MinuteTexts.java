package scot.cpib.minutes.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.shared.web.PageMessages;

/** Bundle texts with arguments for attributes (labels, button values) where h:outputFormat cannot go. */
@Named("mintext")
@ApplicationScoped
public class MinuteTexts {

    public String f(String key, Object argument) {
        return PageMessages.text(key, argument);
    }

    public String f2(String key, Object first, Object second) {
        return PageMessages.text(key, first, second);
    }

    /** A reference usable in an HTML id: "16/3/1" becomes "16_3_1". */
    public String key(AgreedAction action) {
        return action.getReference().replace('/', '_');
    }
}
