package scot.cpib.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.cpib.shared.domain.DomainException;

class ApiTokenTest {

    private final AppUser member = new AppUser("member", "hash", null, Set.of(Role.MEMBER));
    private final LocalDateTime now = LocalDateTime.of(2026, 12, 6, 9, 0);

    @Test
    void aNewTokenIsRandomAndOnlyItsSha256IsKept() {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        ApiToken.issue(member, "Spreadsheet", now, first);
        ApiToken.issue(member, "Spreadsheet", now, second);
        assertTrue(first.toString().startsWith("cpib_") && first.length() == 48, first.toString());
        assertNotEquals(first.toString(), second.toString());
        assertEquals(64, ApiToken.hashOf(first.toString()).length());
        assertEquals("a665a45920422f9d417e4867efdc4fb8a04a1f3fff1fa07e998e86f7f7a27ae3", ApiToken.hashOf("123"));
    }

    @Test
    void aTokenNeedsAName() {
        DomainException refused = assertThrows(DomainException.class, () -> ApiToken.issue(member, "  ", now, new StringBuilder()));
        assertEquals("token.nameRequired", refused.getMessageKey());
        assertEquals("tokenName", refused.getField());
    }

    @Test
    void aRevokedTokenIsNoLongerActive() {
        ApiToken token = ApiToken.issue(member, "Spreadsheet", now, new StringBuilder());
        assertTrue(token.isActive());
        token.revoke(now.plusDays(1));
        assertFalse(token.isActive());
        token.revoke(now.plusDays(2));
        assertEquals(now.plusDays(1), token.getRevokedAt(), "the first revocation stands");
    }
}
