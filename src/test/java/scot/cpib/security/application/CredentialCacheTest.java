package scot.cpib.security.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private final SignInThrottleTest.MovableClock clock = new SignInThrottleTest.MovableClock();
    private final CredentialCache cache = new CredentialCache(clock);

    @Test
    void aVerifiedCredentialIsKnownForFiveMinutes() {
        cache.remember("member", "a long pass phrase", "HASH-1");
        assertTrue(cache.isVerified("member", "a long pass phrase", "HASH-1"));
        clock.advance(Duration.ofMinutes(5));
        assertFalse(cache.isVerified("member", "a long pass phrase", "HASH-1"));
    }

    @Test
    void anotherPasswordOrUserIsNotKnown() {
        cache.remember("member", "a long pass phrase", "HASH-1");
        assertFalse(cache.isVerified("member", "a long pass phrasE", "HASH-1"));
        assertFalse(cache.isVerified("lead", "a long pass phrase", "HASH-1"));
    }

    @Test
    void aChangedStoredHashNoLongerMatchesSoAPasswordChangeEndsTheCache() {
        cache.remember("member", "a long pass phrase", "HASH-1");
        assertFalse(cache.isVerified("member", "a long pass phrase", "HASH-2"));
    }

    @Test
    void partsCannotBeShiftedBetweenUserAndPassword() {
        cache.remember("ab", "c-long-password", "HASH");
        assertFalse(cache.isVerified("a", "bc-long-password", "HASH"));
    }
}
