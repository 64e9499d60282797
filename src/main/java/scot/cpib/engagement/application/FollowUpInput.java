package scot.cpib.engagement.application;

import java.util.List;
import scot.cpib.shared.domain.PartialDate;

/**
 * A follow-up action agreed at an engagement: what, who (owner keys such as "person:12",
 * "organisation:3", "group:2") and by when (a day, a month, or none).
 */
public record FollowUpInput(String description, List<String> ownerKeys, PartialDate due) {

    public FollowUpInput {
        ownerKeys = ownerKeys == null ? List.of() : List.copyOf(ownerKeys);
    }
}
