package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Slows password guessing. Failed sign-ins are counted per account name (known or not, so a lock
 * says nothing about whether the account exists) and per client address; successes are never
 * counted, so many people signing in from one office address are not held up. When an account
 * name or an address reaches its limit of failures within the window, it is locked for a while:
 * every attempt is refused, even with the right password, and the log gets one alert line.
 * Counters live in this instance's memory (see docs/security.md for several instances).
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
    private static final int MAX_TRACKED = 20_000;

    private final Clock clock;
    private final ThrottleLimits limits;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public SignInThrottle() {
        this(Clock.systemUTC(), ThrottleLimits.fromConfig());
    }

    SignInThrottle(Clock clock, ThrottleLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** Until when sign-ins for this account name or from this address are refused, if they are. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant account = username == null ? null : lockOf(accounts, accountKey(username), now);
        Instant client = lockOf(addresses, address, now);
        if (account == null) {
            return Optional.ofNullable(client);
        }
        return Optional.of(client == null || account.isAfter(client) ? account : client);
    }

    /** Counts a wrong password; says whether this failure locked the account name or the address. */
    public boolean recordFailure(String username, String address) {
        Instant now = clock.instant();
        boolean locked = false;
        if (username != null && count(accounts, accountKey(username), now, limits.accountFailures())) {
            LOG.warning(() -> "Sign-in burst: " + limits.accountFailures() + " failed sign-ins for account name '"
                    + loggable(username) + "' within " + limits.window().toMinutes() + " minutes (last from "
                    + address + "); refused for " + limits.lock().toMinutes() + " minutes");
            locked = true;
        }
        if (address != null && count(addresses, address, now, limits.addressFailures())) {
            LOG.warning(() -> "Sign-in burst: " + limits.addressFailures() + " failed sign-ins from address "
                    + address + " within " + limits.window().toMinutes() + " minutes; refused for "
                    + limits.lock().toMinutes() + " minutes");
            locked = true;
        }
        return locked;
    }

    /** A credential that names no account (an unknown API token): counted against the address only. */
    public boolean recordAddressFailure(String address) {
        return recordFailure(null, address);
    }

    /** The right password: the account name's earlier failures are forgotten (the address's are not). */
    public void recordSuccess(String username) {
        accounts.remove(accountKey(username));
    }

    private boolean count(Map<String, Failures> counters, String key, Instant now, int limit) {
        if (counters.size() > MAX_TRACKED) {
            counters.values().removeIf(failures -> failures.idleSince(now, limits));
        }
        return counters.computeIfAbsent(key, k -> new Failures()).add(now, limit, limits);
    }

    private static Instant lockOf(Map<String, Failures> counters, String key, Instant now) {
        Failures failures = key == null ? null : counters.get(key);
        return failures == null ? null : failures.lockedAt(now);
    }

    private static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String loggable(String username) {
        return accountKey(username).replaceAll("[^\\p{Alnum}@._-]", "?");
    }

    /** Recent failures of one account name or address, and the end of its lock. */
    private static final class Failures {
        private final Deque<Instant> recent = new ArrayDeque<>();
        private Instant lockedUntil;

        synchronized boolean add(Instant now, int limit, ThrottleLimits limits) {
            recent.addLast(now);
            Instant windowStart = now.minus(limits.window());
            while (!recent.isEmpty() && recent.peekFirst().isBefore(windowStart)) {
                recent.removeFirst();
            }
            if (recent.size() >= limit) {
                recent.clear();
                lockedUntil = now.plus(limits.lock());
                return true;
            }
            return false;
        }

        synchronized Instant lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null;
        }

        synchronized boolean idleSince(Instant now, ThrottleLimits limits) {
            Instant last = recent.peekLast();
            return lockedAt(now) == null && (last == null || last.isBefore(now.minus(limits.window())));
        }
    }

    /** How long a lock lasts, rounded up to whole minutes, for messages. */
    public static long minutesUntil(Instant until, Clock clock) {
        long seconds = Duration.between(clock.instant(), until).getSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
