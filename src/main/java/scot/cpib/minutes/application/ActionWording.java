package scot.cpib.minutes.application;

import java.io.Serializable;
import scot.cpib.action.domain.AgreedAction;

/** An agreed action's wording as saved now, shown beside the person's own after a conflict. */
public record ActionWording(String reference, String description, String owners, String due, String status)
        implements Serializable {

    static ActionWording of(AgreedAction action) {
        return new ActionWording(action.getReference(), action.getDescription(), action.getOwnerLabel(),
                action.getDue() == null ? null : action.getDue().getLabel(), action.getStatus().name());
    }
}
