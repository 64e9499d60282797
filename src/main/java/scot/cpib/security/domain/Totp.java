package scot.cpib.security.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP) as authenticator apps make them:
 * HMAC-SHA-1, 6 digits, 30-second steps counted from the Unix epoch. A code is accepted for the
 * step before, the current step and the step after (a clock a little off), and only for a step
 * later than the last one used, so a code seen over someone's shoulder cannot be used again.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps either side of now that are still accepted. */
    public static final int TOLERANCE = 1;
    /** 160 bits, the length of SHA-1's output and what RFC 4226 recommends. */
    public static final int SECRET_BYTES = 20;
    private static final String ALGORITHM = "HmacSHA1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random secret, written in base32 as authenticator apps take it. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The 30-second step an instant falls in. */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The app's code (6 digits, SHA-1) for a base32 secret at a step. */
    public static String code(String base32Secret, long step) {
        return code(Base32.decode(base32Secret), step, DIGITS, ALGORITHM);
    }

    /** RFC 6238's TOTP: HOTP of the step with the given HMAC ("HmacSHA1", "HmacSHA256", "HmacSHA512"). */
    public static String code(byte[] key, long step, int digits, String hmacAlgorithm) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(hmacAlgorithm);
            mac.init(new SecretKeySpec(key, hmacAlgorithm));
            hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hmacAlgorithm + " is not available", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        long modulus = (long) Math.pow(10, digits);
        return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
    }

    /**
     * The step a typed code belongs to, if it is the code of the step before, now or after and that
     * step is later than {@code lastUsedStep}; empty otherwise. Spaces in the typed code are ignored.
     */
    public static OptionalLong matchingStep(String base32Secret, String typed, Instant now, long lastUsedStep) {
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        OptionalLong match = OptionalLong.empty();
        for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
            // every step is computed and compared in constant time, so timing does not tell which matched
            boolean same = MessageDigest.isEqual(code(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII));
            if (same && step > lastUsedStep && match.isEmpty()) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }

    /** The secret in groups of four, as people type it into an app that cannot scan a code. */
    public static String grouped(String base32Secret) {
        return base32Secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The otpauth:// address (Google Authenticator's key URI format) that apps read from a QR code or a link. */
    public static String uri(String issuer, String accountName, String base32Secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
