package scot.cpib.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    private final AtomicReference<Optional<DataChanges.Version>> version =
            new AtomicReference<>(Optional.of(new DataChanges.Version(7, 0)));
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));
    private final AtomicInteger reads = new AtomicInteger();
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final VersionedCache<String, String> cache = new VersionedCache<>(2, Duration.ofMinutes(10), version::get, clock);

    private String read(String key) {
        return cache.get(key, () -> key + reads.incrementAndGet());
    }

    @Test
    void aReadIsKeptWhileNothingHasChanged() {
        assertEquals("a1", read("a"));
        assertEquals("a1", read("a"));
        assertEquals(1, reads.get());
    }

    @Test
    void aChangeCommittedAnywhereMakesTheNextRequestReadAgain() {
        read("a");
        version.set(Optional.of(new DataChanges.Version(8, 0)));
        assertEquals("a2", read("a"));
        version.set(Optional.of(new DataChanges.Version(8, 1)));
        assertEquals("a3", read("a"));
    }

    @Test
    void insideATransactionEveryReadGoesToTheDatabase() {
        version.set(Optional.empty());
        read("a");
        read("a");
        assertEquals(2, reads.get());
    }

    @Test
    void nothingIsServedAfterItsTimeToLive() {
        read("a");
        now.set(now.get().plus(Duration.ofMinutes(10)));
        assertEquals("a2", read("a"));
    }

    @Test
    void theLeastRecentlyUsedIsDroppedBeyondTheCapacity() {
        read("a");
        read("b");
        read("a");
        read("c");
        assertEquals("a1", read("a"));
        assertEquals("b4", read("b"));
    }

    @Test
    void aReadNotWorthKeepingIsReadAgainNextTime() {
        assertEquals("a1", cache.get("a", () -> "a" + reads.incrementAndGet(), value -> false));
        assertEquals("a2", read("a"));
        assertEquals("a2", read("a"));
    }
}
