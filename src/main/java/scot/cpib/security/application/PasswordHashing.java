package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes at the OWASP work factor (600,000 iterations), each with its
 * own random 32-byte salt. Stored as {@code PBKDF2WithHmacSHA256:iterations:salt:hash} (Base64), the
 * format of Jakarta Security's Pbkdf2PasswordHash, so hashes made with fewer iterations still verify
 * and {@link #needsRehash} says when to store a new one.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHashing() {
        this(ITERATIONS);
    }

    /** With another work factor: for tests only, where 600,000 iterations per hash would be slow. */
    PasswordHashing(int iterations) {
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password, salt, iterations, KEY_BITS);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    /** Whether the password matches; a malformed stored hash matches nothing. */
    public boolean matches(String password, String storedHash) {
        Stored stored = Stored.parse(storedHash);
        if (stored == null) {
            return false;
        }
        byte[] key = derive(stored.algorithm(), password, stored.salt(), stored.iterations(), stored.key().length * 8);
        return MessageDigest.isEqual(key, stored.key());
    }

    /** A hash made with another algorithm or fewer iterations than today's: replace it at next sign-in. */
    public boolean needsRehash(String storedHash) {
        Stored stored = Stored.parse(storedHash);
        return stored == null || !ALGORITHM.equals(stored.algorithm()) || stored.iterations() < iterations;
    }

    private static byte[] derive(String algorithm, String password, byte[] salt, int iterations, int keyBits) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBits);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Stored(String algorithm, int iterations, byte[] salt, byte[] key) {

        static Stored parse(String text) {
            String[] parts = text == null ? new String[0] : text.split(":");
            if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
                return null;
            }
            try {
                Base64.Decoder base64 = Base64.getDecoder();
                Stored stored = new Stored(parts[0], Integer.parseInt(parts[1]), base64.decode(parts[2]), base64.decode(parts[3]));
                return stored.iterations() > 0 && stored.key().length > 0 && stored.salt().length > 0 ? stored : null;
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }
}
