package scot.cpib.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, ThrottleLimits.DEFAULT);

    @Test
    void tenWrongPasswordsForOneNameLockItSoTheTwentyFirstIsRefusedEvenWhenRight() {
        for (int i = 1; i <= 9; i++) {
            assertFalse(throttle.recordFailure("someone", "192.0.2." + i));
            assertTrue(throttle.lockedUntil("someone", "192.0.2.99").isEmpty());
        }
        assertTrue(throttle.recordFailure("someone", "192.0.2.10"), "the tenth failure locks");
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(15))), throttle.lockedUntil("SomeOne ", "198.51.100.1"));
        clock.advance(Duration.ofSeconds(50));
        assertTrue(throttle.lockedUntil("someone", "198.51.100.1").isPresent(), "still refused at the 21st try within a minute");
    }

    @Test
    void anUnknownNameIsLockedJustLikeAKnownOneSoALockRevealsNothing() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("no-such-account", "192.0.2.1");
        }
        assertTrue(throttle.lockedUntil("no-such-account", "192.0.2.200").isPresent());
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("someone", "192.0.2.1");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertTrue(throttle.lockedUntil("someone", "192.0.2.1").isEmpty());
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("someone", "192.0.2.1");
        }
        clock.advance(Duration.ofMinutes(16));
        assertFalse(throttle.recordFailure("someone", "192.0.2.1"));
        assertTrue(throttle.lockedUntil("someone", "192.0.2.1").isEmpty());
    }

    @Test
    void theRightPasswordForgetsTheNamesEarlierFailures() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("someone", "192.0.2.1");
        }
        throttle.recordSuccess("someone");
        assertFalse(throttle.recordFailure("someone", "192.0.2.1"));
    }

    @Test
    void fiftyFailuresFromOneAddressLockThatAddressForEveryName() {
        for (int i = 0; i < 49; i++) {
            assertFalse(throttle.recordFailure("guess" + i, "203.0.113.7"));
        }
        assertTrue(throttle.lockedUntil("member", "203.0.113.7").isEmpty());
        assertTrue(throttle.recordFailure("guess-last", "203.0.113.7"));
        assertTrue(throttle.lockedUntil("member", "203.0.113.7").isPresent());
        assertTrue(throttle.lockedUntil("member", "203.0.113.8").isEmpty(), "other addresses sign in as before");
    }

    @Test
    void successesFromOneAddressAreNeverCounted() {
        for (int i = 0; i < 1000; i++) {
            throttle.recordSuccess("member");
        }
        assertTrue(throttle.lockedUntil("member", "127.0.0.1").isEmpty());
    }

    @Test
    void aBurstThatLocksANameOrAnAddressWritesOneWarningToTheLog() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(SignInThrottle.class.getName());
        java.util.List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord entry) {
                records.add(entry);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            for (int i = 0; i < 9; i++) {
                throttle.recordFailure("burst\nname", "192.0.2." + i);
            }
            assertTrue(records.isEmpty(), "no alert below the limit");
            throttle.recordFailure("burst\nname", "192.0.2.9");
            assertEquals(1, records.size());
            assertEquals(java.util.logging.Level.WARNING, records.get(0).getLevel());
            assertTrue(records.get(0).getMessage().startsWith("Sign-in burst: 10 failed sign-ins for account name 'burst?name'"),
                    "one line, the name made safe for the log: " + records.get(0).getMessage());
            for (int i = 0; i < 50; i++) {
                throttle.recordFailure("other" + i, "203.0.113.9");
            }
            assertEquals(2, records.size());
            assertTrue(records.get(1).getMessage().startsWith("Sign-in burst: 50 failed sign-ins from address 203.0.113.9"));
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void minutesLeftAreRoundedUp() {
        assertEquals(15, SignInThrottle.minutesUntil(clock.instant().plus(Duration.ofSeconds(14 * 60 + 1)), clock));
        assertEquals(1, SignInThrottle.minutesUntil(clock.instant(), clock));
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
