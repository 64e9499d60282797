package scot.cpib.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void aNonceIsSixteenRandomBytesAndNeverTheSameTwice() {
        String nonce = ContentSecurityPolicy.newNonce();
        assertTrue(Base64.getDecoder().decode(nonce).length == 16, nonce);
        assertNotEquals(nonce, ContentSecurityPolicy.newNonce());
    }

    @Test
    void scriptsComeOnlyFromTheAppOrCarryTheNonceAndNothingInlineIsAllowed() {
        String policy = ContentSecurityPolicy.header("abc");
        assertTrue(policy.contains("script-src 'self' 'nonce-abc';"), policy);
        assertTrue(policy.contains("object-src 'none'") && policy.contains("frame-ancestors 'none'")
                && policy.contains("base-uri 'self'") && policy.contains("form-action 'self'"), policy);
        assertFalse(policy.contains("unsafe"), policy);
    }

    @Test
    void pagesGetThePolicyButTheApiAndPaperDownloadsDoNot() {
        assertTrue(ContentSecurityPolicy.appliesTo("/meetings/view.xhtml"));
        assertTrue(ContentSecurityPolicy.appliesTo("/"));
        assertFalse(ContentSecurityPolicy.appliesTo("/api/v1/meetings/3/pack.pdf"));
        assertFalse(ContentSecurityPolicy.appliesTo("/papers/12"));
    }
}
