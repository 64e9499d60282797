package scot.cpib.security.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);
    private static final String SHA1_SEED_BASE32 = Base32.encode(SHA1_SEED);

    /** RFC 6238, Appendix B: every test vector, 8 digits, all three HMACs. */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void codesMatchTheTestVectorsOfRfc6238(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
        assertEquals(sha1, Totp.code(SHA1_SEED, step, 8, "HmacSHA1"));
        assertEquals(sha256, Totp.code(SHA256_SEED, step, 8, "HmacSHA256"));
        assertEquals(sha512, Totp.code(SHA512_SEED, step, 8, "HmacSHA512"));
        assertEquals(sha1.substring(2), Totp.code(SHA1_SEED_BASE32, step), "the app's 6 digits are the last 6 of 8");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOfNowButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.stepAt(now);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(SHA1_SEED_BASE32, Totp.code(SHA1_SEED_BASE32, step), now, 0));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(SHA1_SEED_BASE32, Totp.code(SHA1_SEED_BASE32, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(SHA1_SEED_BASE32, Totp.code(SHA1_SEED_BASE32, step + 1), now, 0));
        assertTrue(Totp.matchingStep(SHA1_SEED_BASE32, Totp.code(SHA1_SEED_BASE32, step - 2), now, 0).isEmpty());
        assertTrue(Totp.matchingStep(SHA1_SEED_BASE32, Totp.code(SHA1_SEED_BASE32, step + 2), now, 0).isEmpty());
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrEarlierIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepAt(now);
        String code = Totp.code(SHA1_SEED_BASE32, step);
        assertTrue(Totp.matchingStep(SHA1_SEED_BASE32, code, now, step).isEmpty(), "the same step twice");
        assertTrue(Totp.matchingStep(SHA1_SEED_BASE32, Totp.code(SHA1_SEED_BASE32, step - 1), now, step).isEmpty(),
                "an earlier step after a later one");
        assertEquals(OptionalLong.of(step + 1),
                Totp.matchingStep(SHA1_SEED_BASE32, Totp.code(SHA1_SEED_BASE32, step + 1), now, step));
    }

    @Test
    void typedSpacesAreIgnoredAndAnythingButSixDigitsIsRefused() {
        Instant now = Instant.ofEpochSecond(59);
        String code = Totp.code(SHA1_SEED_BASE32, Totp.stepAt(now));
        assertEquals("287082", code);
        assertTrue(Totp.matchingStep(SHA1_SEED_BASE32, " 287 082 ", now, 0).isPresent());
        assertTrue(Totp.matchingStep(SHA1_SEED_BASE32, "94287082", now, 0).isEmpty());
        assertTrue(Totp.matchingStep(SHA1_SEED_BASE32, "28708a", now, 0).isEmpty());
        assertTrue(Totp.matchingStep(SHA1_SEED_BASE32, null, now, 0).isEmpty());
        assertTrue(Totp.matchingStep(SHA1_SEED_BASE32, "287083", now, 0).isEmpty());
    }

    @Test
    void base32RoundTripsAndReadsWhatPeopleType() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", SHA1_SEED_BASE32);
        assertArrayEquals(SHA1_SEED, Base32.decode("gezd gnbv-gy3t qojq gezd gnbv gy3t qojq"));
        assertEquals("MZXW6YQ", Base32.encode("foob".getBytes(StandardCharsets.US_ASCII)), "RFC 4648 test vector");
        assertArrayEquals("fooba".getBytes(StandardCharsets.US_ASCII), Base32.decode("MZXW6YTB"));
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("ABC1"));
    }

    @Test
    void newSecretsAre160RandomBitsShownInGroupsAndAsAnOtpauthAddress() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertEquals(20, Base32.decode(secret).length);
        assertNotEquals(secret, Totp.newSecret());
        assertEquals("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ", Totp.grouped(SHA1_SEED_BASE32));
        assertEquals("otpauth://totp/CPIB%20Board%20Manager:ella?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=CPIB%20Board%20Manager&algorithm=SHA1&digits=6&period=30",
                Totp.uri("CPIB Board Manager", "ella", SHA1_SEED_BASE32));
    }
}
