package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials verified in the last few minutes, so that an API client sending HTTP Basic with each
 * request pays the 600,000-iteration hash once, not on every call. Only a SHA-256 digest of user
 * name, password and the stored hash is kept: a password changed (here or on another instance)
 * changes the stored hash and so no longer matches, and the memory never holds a password.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    public CredentialCache() {
        this(Clock.systemUTC());
    }

    CredentialCache(Clock clock) {
        this.clock = clock;
    }

    /** Whether this password was verified against this stored hash within the time to live. */
    public boolean isVerified(String username, String password, String storedHash) {
        String key = key(username, password, storedHash);
        Instant expires = verified.get(key);
        if (expires == null) {
            return false;
        }
        if (!expires.isAfter(clock.instant())) {
            verified.remove(key, expires);
            return false;
        }
        return true;
    }

    public void remember(String username, String password, String storedHash) {
        Instant now = clock.instant();
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(expires -> !expires.isAfter(now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(key(username, password, storedHash), now.plus(TIME_TO_LIVE));
    }

    private static String key(String username, String password, String storedHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {username, password, storedHash}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha256.update((byte) ':');
                sha256.update(bytes);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
