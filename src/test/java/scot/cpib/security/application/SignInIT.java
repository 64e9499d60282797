package scot.cpib.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.it.container.ActingUser;
import scot.cpib.security.domain.Role;
import scot.cpib.security.domain.Totp;
import scot.cpib.shared.domain.DomainException;

/**
 * Sign-in against the real database: an old hash is replaced at the next sign-in, every demo
 * account has its own salt, and an account with two-step verification needs a code that works
 * once. Uses the demo accounts "member" (its password unchanged) and "clerk" (no other class signs
 * it in or acts as it).
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String PASSWORD = "demo-password-1";
    private static final String ADDRESS = "192.0.2.77";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private SignIn signIn;

    @Inject
    private TwoStepVerification twoStep;

    @BeforeEach
    void nobodyActs() {
        ActingUser.actAs("anonymous", null);
    }

    /** Clerk starts without two-step verification (a rerun after a failure finds it as it was left). */
    @BeforeEach
    void clerkWithoutTwoStep() throws Exception {
        tx.begin();
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.account.id IN (SELECT u.id FROM AppUser u WHERE u.username = 'clerk')")
                .executeUpdate();
        em.createQuery("DELETE FROM TwoStep t WHERE t.account.id IN (SELECT u.id FROM AppUser u WHERE u.username = 'clerk')")
                .executeUpdate();
        tx.commit();
    }

    @Test
    void aHashWithOldIterationsIsReplacedWithTodaysAtTheNextSignIn() throws Exception {
        String old = new PasswordHashing(100_000).hash(PASSWORD);
        storeHash("member", old);

        assertTrue(signIn.attempt("member", PASSWORD, ADDRESS, SignInChannel.PAGE).isSignedIn());

        String now = hashOf("member");
        assertNotEquals(old, now);
        assertEquals("600000", now.split(":")[1]);
        assertNotEquals(old.split(":")[2], now.split(":")[2], "a new salt");
        assertTrue(signIn.attempt("member", PASSWORD, ADDRESS, SignInChannel.PAGE).isSignedIn());
    }

    @Test
    void everyDemoAccountHasItsOwnSalt() {
        List<String> hashes = em.createQuery("SELECT u.passwordHash FROM AppUser u WHERE u.username IN "
                + "('admin', 'secretariat', 'lead', 'phil', 'ella', 'clerk')", String.class).getResultList();
        assertEquals(6, hashes.size());
        Set<String> salts = new HashSet<>();
        hashes.forEach(hash -> salts.add(hash.split(":")[2]));
        assertEquals(6, salts.size(), hashes.toString());
    }

    @Test
    void withTwoStepVerificationThePasswordLeadsToACodeAndEachCodeWorksOnce() {
        ActingUser.actAs("clerk", "Emily Lynch", Role.SECRETARIAT);
        String secret = Totp.newSecret();
        long step = Totp.stepAt(Instant.now());
        List<String> recovery = twoStep.turnOn(secret, Totp.code(secret, step));
        assertEquals(10, recovery.size());
        ActingUser.actAs("anonymous", null);

        SignInOutcome password = signIn.attempt("clerk", PASSWORD, ADDRESS, SignInChannel.PAGE);
        assertEquals(SignInOutcome.Status.SECOND_STEP, password.status());
        assertTrue(password.roles().isEmpty(), "not signed in yet");
        String ticket = password.secondStepTicket();
        assertEquals(SignInOutcome.Status.WRONG, signIn.attemptSecondStep(ticket, Totp.code(secret, step), ADDRESS).status(),
                "the code that turned it on is used");
        assertEquals(SignInOutcome.Status.WRONG, signIn.attemptSecondStep("not-a-ticket", Totp.code(secret, step + 1), ADDRESS).status());
        assertTrue(signIn.attemptSecondStep(ticket, Totp.code(secret, step + 1), ADDRESS).isSignedIn());
        assertEquals(SignInOutcome.Status.WRONG, signIn.attemptSecondStep(ticket, Totp.code(secret, step + 1), ADDRESS).status(),
                "a ticket signs in once");

        String again = signIn.attempt("clerk", PASSWORD, ADDRESS, SignInChannel.PAGE).secondStepTicket();
        assertTrue(signIn.attemptSecondStep(again, recovery.get(0).toUpperCase(), ADDRESS).isSignedIn());
        String third = signIn.attempt("clerk", PASSWORD, ADDRESS, SignInChannel.PAGE).secondStepTicket();
        assertFalse(signIn.attemptSecondStep(third, recovery.get(0), ADDRESS).isSignedIn(), "a recovery code works once");
        assertEquals(9, twoStep.unusedRecoveryCodes(em.createQuery("SELECT u.id FROM AppUser u WHERE u.username = 'clerk'",
                Long.class).getSingleResult()));

        assertEquals(SignInOutcome.Status.WRONG, signIn.attempt("clerk", PASSWORD, ADDRESS, SignInChannel.API).status(),
                "the API does not take the password alone");

        ActingUser.actAs("clerk", "Emily Lynch", Role.SECRETARIAT);
        DomainException wrongCode = assertThrows(DomainException.class, () -> twoStep.turnOff(PASSWORD, "000000x", ADDRESS));
        assertEquals("offCode", wrongCode.getField());
        twoStep.turnOff(PASSWORD, recovery.get(1), ADDRESS);
        ActingUser.actAs("anonymous", null);
        assertTrue(signIn.attempt("clerk", PASSWORD, ADDRESS, SignInChannel.API).isSignedIn(), "off again: the password alone");
    }

    private void storeHash(String username, String hash) throws Exception {
        tx.begin();
        em.createQuery("UPDATE AppUser u SET u.passwordHash = :hash WHERE u.username = :name")
                .setParameter("hash", hash).setParameter("name", username).executeUpdate();
        tx.commit();
    }

    private String hashOf(String username) {
        em.clear();
        return em.createQuery("SELECT u.passwordHash FROM AppUser u WHERE u.username = :name", String.class)
                .setParameter("name", username).getSingleResult();
    }
}
