package scot.cpib.shared.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An entity people edit: its version guards against one person's save silently overwriting another's. */
@MappedSuperclass
public abstract class VersionedEntity extends BaseEntity {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }
}
