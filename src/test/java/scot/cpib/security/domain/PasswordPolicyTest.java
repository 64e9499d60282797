package scot.cpib.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.DomainException;

class PasswordPolicyTest {

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("abcdefghijk", "member"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("tangerine-kite", "member"));
    }

    @Test
    void aCommonPasswordOfTwelveCharactersIsRefusedWhateverItsCase() {
        assertEquals(Optional.of("password.common"), PasswordPolicy.problem("qwerty123456", "member"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.problem("1Qaz2Wsx3Edc", "member"));
    }

    @Test
    void aPasswordContainingTheUserNameIsRefused() {
        assertEquals(Optional.of("password.containsUsername"), PasswordPolicy.problem("Secretariat-2026!", "secretariat"));
    }

    @Test
    void overLongPasswordsAreRefused() {
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problem("x".repeat(129), "member"));
    }

    @Test
    void theTestSuitesDemoPasswordMeetsThePolicy() {
        for (String user : new String[] {"admin", "secretariat", "lead", "member"}) {
            assertEquals(Optional.empty(), PasswordPolicy.problem("demo-password-1", user));
        }
    }

    @Test
    void anAccountRefusesAWeakNewPasswordNextToTheField() {
        AppUser user = new AppUser("member", "old", null, java.util.Set.of(Role.MEMBER));
        DomainException refused = assertThrows(DomainException.class, () -> user.changePassword("123456Qwerty", p -> "new"));
        assertEquals("password.common", refused.getMessageKey());
        assertEquals("newPassword", refused.getField());
        assertEquals("old", user.getPasswordHash());
        user.changePassword("violet-harbour-lamp", p -> "hashed " + p);
        assertEquals("hashed violet-harbour-lamp", user.getPasswordHash());
    }
}
