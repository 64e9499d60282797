package scot.cpib.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.DomainException;

class TwoStepTest {

    private final AppUser clerk = new AppUser("clerk", "hash", null, Set.of(Role.SECRETARIAT));
    private final Instant now = Instant.ofEpochSecond(1_700_000_000);

    @Test
    void turningOnNeedsTheAppsCurrentCodeAndThatCodeCannotSignInAfterwards() {
        String secret = Totp.newSecret();
        DomainException wrong = assertThrows(DomainException.class, () -> TwoStep.confirm(clerk, secret, "000000x", now));
        assertEquals("code", wrong.getField());
        long step = Totp.stepAt(now);
        TwoStep twoStep = TwoStep.confirm(clerk, secret, Totp.code(secret, step), now);
        assertEquals(step, twoStep.getLastUsedStep());
        assertTrue(twoStep.stepOf(Totp.code(secret, step), now).isEmpty(), "the confirming code is used");
        assertEquals(step + 1, twoStep.stepOf(Totp.code(secret, step + 1), now.plusSeconds(30)).getAsLong());
    }

    @Test
    void recoveryCodesAreRandomShownInTwoGroupsAndKeptOnlyAsAHashOfWhatIsTyped() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < RecoveryCode.COUNT; i++) {
            StringBuilder code = new StringBuilder();
            RecoveryCode.issue(clerk, code);
            assertTrue(code.toString().matches("[a-z2-7]{5}-[a-z2-7]{5}"), code.toString());
            codes.add(code.toString());
        }
        assertEquals(RecoveryCode.COUNT, codes.size());
        String code = codes.iterator().next();
        Optional<String> hash = RecoveryCode.hashOf(code);
        assertEquals(hash, RecoveryCode.hashOf(" " + code.toUpperCase().replace("-", " ") + " "));
        assertEquals(64, hash.orElseThrow().length());
        assertNotEquals(code, hash.get());
        assertTrue(RecoveryCode.hashOf("123456").isEmpty(), "an app code is not a recovery code");
        assertTrue(RecoveryCode.hashOf("abcde-fghi1").isEmpty());
        assertTrue(RecoveryCode.hashOf(null).isEmpty());
    }
}
