package scot.cpib.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PendingSecondStepsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T18:00:00Z"));
    private final PendingSecondSteps pending = new PendingSecondSteps(new Clock() {
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
    });

    @Test
    void aTicketStandsForItsAccountForFiveMinutesOnly() {
        String ticket = pending.start(7, "clerk");
        assertNotEquals(ticket, pending.start(7, "clerk"));
        assertEquals("clerk", pending.find(ticket).orElseThrow().username());
        now.set(now.get().plus(PendingSecondSteps.VALID_FOR).minusSeconds(1));
        assertTrue(pending.find(ticket).isPresent());
        now.set(now.get().plusSeconds(1));
        assertTrue(pending.find(ticket).isEmpty(), "expired");
    }

    @Test
    void aFinishedOrUnknownTicketIsNothing() {
        String ticket = pending.start(7, "clerk");
        pending.finish(ticket);
        assertTrue(pending.find(ticket).isEmpty());
        assertTrue(pending.find("made-up").isEmpty());
        assertTrue(pending.find(null).isEmpty());
    }
}
