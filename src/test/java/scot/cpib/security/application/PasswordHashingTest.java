package scot.cpib.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    /** Made by Jakarta Security's Pbkdf2PasswordHash at the old settings (100,000 iterations). */
    private final PasswordHashing old = new PasswordHashing(100_000);
    private final PasswordHashing today = new PasswordHashing();

    @Test
    void storesTheOwaspWorkFactorAndTheAlgorithmInTheHash() {
        String[] parts = today.hash("correct horse battery").split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("600000", parts[1]);
        assertEquals(4, parts.length);
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = today.hash("correct horse battery");
        assertTrue(today.matches("correct horse battery", hash));
        assertFalse(today.matches("correct horse batterY", hash));
    }

    @Test
    void eachPasswordGetsItsOwnSaltSoTheSamePasswordHashesDifferently() {
        String first = today.hash("the same password");
        String second = today.hash("the same password");
        assertNotEquals(first.split(":")[2], second.split(":")[2]);
        assertNotEquals(first, second);
    }

    @Test
    void aHashWithFewerIterationsStillVerifiesButAsksToBeReplaced() {
        String stored = old.hash("demo-password-1");
        assertTrue(today.matches("demo-password-1", stored));
        assertTrue(today.needsRehash(stored));
        assertFalse(today.needsRehash(today.hash("demo-password-1")));
    }

    @Test
    void aHashFromJakartaSecurityWithAnotherKeyLengthVerifies() {
        String fromPayara = "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0c2FsdA==:" + java.util.Base64.getEncoder()
                .encodeToString(derive("letmein-now-please", "saltsaltsaltsalt".getBytes(), 1000, 512));
        assertTrue(today.matches("letmein-now-please", fromPayara));
        assertTrue(today.needsRehash(fromPayara));
    }

    @Test
    void aMalformedStoredHashMatchesNothing() {
        assertFalse(today.matches("anything at all", "not-a-hash"));
        assertFalse(today.matches("anything at all", "PBKDF2WithHmacSHA256:x:y:z"));
        assertFalse(today.matches("anything at all", null));
        assertTrue(today.needsRehash("not-a-hash"));
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bits) {
        try {
            return javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, iterations, bits)).getEncoded();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
