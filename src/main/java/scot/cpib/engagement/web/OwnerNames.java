package scot.cpib.engagement.web;

import java.util.ArrayList;
import java.util.List;
import scot.cpib.board.domain.OwnerRef;
import scot.cpib.minutes.application.MinuteQueries;
import scot.cpib.shared.domain.DomainException;

/** Owners typed as the minute writes them ("IS/Emily Lynch") turned into owner keys; an unknown name is a field error. */
final class OwnerNames {

    private OwnerNames() {
    }

    static List<String> keys(MinuteQueries minutes, String typed, String field) {
        List<String> keys = new ArrayList<>();
        for (String name : (typed == null ? "" : typed).split("[/;]")) {
            if (!name.isBlank()) {
                OwnerRef owner = minutes.ownerNamed(name)
                        .orElseThrow(() -> new DomainException("action.owner.unknown", field, name.strip()));
                keys.add(owner.getKey());
            }
        }
        return keys;
    }
}
