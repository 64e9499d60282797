package scot.cpib.security.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TwoStepSetupGateTest {

    @Test
    void aPersonWhoMustSetUpTwoStepVerificationReachesOnlyTheSetUpSignInErrorAndResourcePaths() {
        assertTrue(TwoStepSetupGate.isOpen("/two-step.xhtml"));
        assertTrue(TwoStepSetupGate.isOpen("/login.xhtml"));
        assertTrue(TwoStepSetupGate.isOpen("/login-code.xhtml"));
        assertTrue(TwoStepSetupGate.isOpen("/jakarta.faces.resource/cpib.css.xhtml"));
        assertTrue(TwoStepSetupGate.isOpen("/error/404.xhtml"));
        assertFalse(TwoStepSetupGate.isOpen("/"));
        assertFalse(TwoStepSetupGate.isOpen("/index.xhtml"));
        assertFalse(TwoStepSetupGate.isOpen("/account.xhtml"));
        assertFalse(TwoStepSetupGate.isOpen("/admin/sign-in.xhtml"));
        assertFalse(TwoStepSetupGate.isOpen("/api/v1/actions"));
        assertFalse(TwoStepSetupGate.isOpen("/papers/12"));
    }
}
