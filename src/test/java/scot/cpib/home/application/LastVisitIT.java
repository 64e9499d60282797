package scot.cpib.home.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDateTime;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.shared.application.AuditTrail;

/** "New since your last visit" is measured from the sign-in before the current one, on H2 and MariaDB. */
@ExtendWith(ArquillianExtension.class)
class LastVisitIT {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private AuditTrail audit;

    @Inject
    private LastVisit lastVisit;

    @Test
    void lastVisitIsTheSignInBeforeTheCurrentOneAndNoneOnTheFirst() throws Exception {
        String user = "lastvisit-it";
        signIn(user);
        assertTrue(lastVisit.previousSignIn(user).isEmpty(), "the first sign-in has no earlier visit");
        LocalDateTime first = em.createQuery("SELECT MAX(e.occurredAt) FROM AuditEntry e WHERE e.username = :u",
                LocalDateTime.class).setParameter("u", user).getSingleResult();
        Thread.sleep(20);
        signIn(user);
        tx.begin();
        audit.recordFor(user, "SignIn", null, "sign-in failed", "a failed attempt is no visit");
        audit.recordFor(user, "SignIn", null, "signed in", "Signed in through the API from 127.0.0.1");
        tx.commit();
        assertEquals(first, lastVisit.previousSignIn(user).orElseThrow());
        assertTrue(lastVisit.previousSignIn("somebody-else-it").isEmpty());
    }

    private void signIn(String user) throws Exception {
        tx.begin();
        audit.recordFor(user, "SignIn", null, "signed in", "Signed in on the sign-in page from 127.0.0.1");
        tx.commit();
    }
}
