package scot.cpib.shared.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads kept by this server, each under the {@link DataChanges.Version data version} taken before it
 * was read: a kept read is served only while the version is still the same, so a change committed by
 * any server makes the next request read again (issue 13, docs/performance.md "Caching"). The values
 * kept must not change once read (records and unmodifiable lists). The least recently used are dropped
 * beyond {@code capacity}, and none is served after {@code timeToLive}, the bound on how stale a read
 * could be if a server stopped between a commit and raising the version.
 */
public final class VersionedCache<K, V> {

    private final Supplier<Optional<DataChanges.Version>> versions;
    private final Clock clock;
    private final Duration timeToLive;
    private final Map<K, Kept<V>> kept;

    public VersionedCache(int capacity, Duration timeToLive) {
        this(capacity, timeToLive, DataChanges::current, Clock.systemUTC());
    }

    VersionedCache(int capacity, Duration timeToLive, Supplier<Optional<DataChanges.Version>> versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.kept = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** What {@code read} gives for this key: kept from an earlier read while nothing has changed since. */
    public V get(K key, Supplier<V> read) {
        return get(key, read, value -> true);
    }

    /** As {@link #get(Object, Supplier)}, keeping only what {@code worthKeeping} accepts. */
    public V get(K key, Supplier<V> read, Predicate<V> worthKeeping) {
        Optional<DataChanges.Version> version = versions.get();
        if (version.isEmpty()) {
            return read.get();
        }
        Instant now = clock.instant();
        Kept<V> found;
        synchronized (kept) {
            found = kept.get(key);
        }
        if (found != null && found.version().equals(version.get()) && now.isBefore(found.until())) {
            return found.value();
        }
        V value = read.get();
        if (worthKeeping.test(value)) {
            synchronized (kept) {
                kept.put(key, new Kept<>(version.get(), value, now.plus(timeToLive)));
            }
        }
        return value;
    }

    private record Kept<V>(DataChanges.Version version, V value, Instant until) {
    }
}
