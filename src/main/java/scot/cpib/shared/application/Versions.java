package scot.cpib.shared.application;

import java.util.function.Supplier;
import scot.cpib.shared.domain.ConcurrentEditException;
import scot.cpib.shared.domain.VersionedEntity;

/** Optimistic locking for edits that span two requests: the form carries the version it was opened at. */
public final class Versions {

    private Versions() {
    }

    /**
     * Throws a conflict carrying what is saved now when the entity changed since the form was opened.
     *
     * @param snapshot what the page shows as "their version" (a DTO or text, never the managed entity)
     */
    public static void require(VersionedEntity entity, long expectedVersion, Supplier<Object> snapshot) {
        if (entity.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(snapshot.get());
        }
    }
}
