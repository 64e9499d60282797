package scot.cpib.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.cpib.board.domain.Person;
import scot.cpib.shared.domain.DomainException;

class AccountLinkTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2019, 2, 28, 9, 0);

    private static AppUser account() {
        return AppUser.forPerson("morag", new Person("Morag Example", null), Set.of(Role.MEMBER));
    }

    @Test
    void aLinkKeepsOnlyTheHashOfARandomTokenAndWorksUntilItExpiresOrIsUsed() {
        AccountLink.Issued issued = AccountLink.issue(account(), AccountLink.Purpose.FIRST_SIGN_IN, NOW, Duration.ofDays(7));
        AccountLink.Issued other = AccountLink.issue(account(), AccountLink.Purpose.FIRST_SIGN_IN, NOW, Duration.ofDays(7));
        assertNotEquals(issued.token(), other.token());
        assertTrue(issued.token().length() >= 43, "32 random bytes");
        assertEquals(64, AccountLink.hash(issued.token()).length());
        assertTrue(issued.link().isUsableAt(NOW.plusDays(6)));
        assertFalse(issued.link().isUsableAt(NOW.plusDays(7)), "expired");
        issued.link().use(NOW.plusHours(1));
        assertFalse(issued.link().isUsableAt(NOW.plusHours(2)), "used");
    }

    @Test
    void aDeactivatedAccountsLinkDoesNotWork() {
        AppUser account = account();
        AccountLink.Issued issued = AccountLink.issue(account, AccountLink.Purpose.RESET, NOW, Duration.ofHours(1));
        account.deactivate();
        assertFalse(issued.link().isUsableAt(NOW));
        assertThrows(DomainException.class, account::deactivate);
        account.reactivate();
        assertTrue(issued.link().isUsableAt(NOW));
    }

    @Test
    void aNewAccountHasNoPasswordAUsableNameAndAtLeastOneRole() {
        AppUser account = account();
        assertFalse(account.hasPassword());
        assertEquals("username", assertThrows(DomainException.class,
                () -> AppUser.forPerson("has space", new Person("X", null), Set.of(Role.MEMBER))).getField());
        assertEquals("roles", assertThrows(DomainException.class,
                () -> AppUser.forPerson("someone", new Person("X", null), Set.of())).getField());
    }
}
