package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins whose password was right and whose code is awaited. The sign-in page keeps the ticket
 * in the person's session; only this instance's memory knows what it stands for, and only for five
 * minutes. After that, or when the account signs in, the person starts again with the password.
 */
@ApplicationScoped
public class PendingSecondSteps {

    public static final Duration VALID_FOR = Duration.ofMinutes(5);
    private static final int MAX_PENDING = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    public PendingSecondSteps() {
        this(Clock.systemUTC());
    }

    PendingSecondSteps(Clock clock) {
        this.clock = clock;
    }

    /** A password checked for this account: a new random ticket for its second step. */
    public String start(long accountId, String username) {
        Instant now = clock.instant();
        if (pending.size() > MAX_PENDING) {
            pending.values().removeIf(p -> !p.expires().isAfter(now));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        pending.put(ticket, new Pending(accountId, username, now.plus(VALID_FOR)));
        return ticket;
    }

    /** The sign-in a ticket stands for, while it is valid. */
    public Optional<Pending> find(String ticket) {
        Pending found = ticket == null ? null : pending.get(ticket);
        if (found == null) {
            return Optional.empty();
        }
        if (!found.expires().isAfter(clock.instant())) {
            pending.remove(ticket);
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** The second step is done (or abandoned): the ticket no longer counts. */
    public void finish(String ticket) {
        if (ticket != null) {
            pending.remove(ticket);
        }
    }

    /** An account whose password was right, awaiting its code until {@code expires}. */
    public record Pending(long accountId, String username, Instant expires) {
    }
}
