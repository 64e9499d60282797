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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scot.cpib.board.application.PeopleRegister;
import scot.cpib.board.application.PersonDetails;
import scot.cpib.board.domain.Person;
import scot.cpib.it.container.ActingUser;
import scot.cpib.security.domain.AccountLink;
import scot.cpib.security.domain.AppUser;
import scot.cpib.security.domain.Role;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.NotFoundException;

/**
 * Accounts made in the browser: a new account has no password and a single-use first sign-in link;
 * links expire and work once; a deactivated account cannot sign in (nor use a link or its API
 * tokens); a reset asked for an unknown name sends nothing, and for a real one at most three an hour.
 */
@ExtendWith(ArquillianExtension.class)
class AccountLinksIT {

    private static final String PASSWORD = "a long new passphrase 42";
    private static final String ADDRESS = "192.0.2.88";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private AccountAdmin accounts;

    @Inject
    private AccountLinks links;

    @Inject
    private PeopleRegister register;

    @Inject
    private SignIn signIn;

    private final String unique = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void adminActs() {
        ActingUser.actAs("admin", "Sarah Gadsden", Role.ADMIN);
    }

    private AccountLinks.Sent newAccount(String username) {
        Person person = register.addPerson(new PersonDetails("New Person " + username, null, null,
                username + "@example.org", null));
        return accounts.create(person.getId(), username, EnumSet.of(Role.MEMBER));
    }

    private static String tokenOf(AccountLinks.Sent sent) {
        return URLDecoder.decode(sent.link().substring(sent.link().indexOf("token=") + 6), StandardCharsets.UTF_8);
    }

    @Test
    void aNewAccountSignsInOnlyAfterChoosingAPasswordThroughItsLinkWhichWorksOnce() {
        String username = "new" + unique;
        AccountLinks.Sent sent = newAccount(username);
        assertTrue(sent.link().contains("/set-password.xhtml?token="), sent.link());
        assertEquals(username + "@example.org", sent.address());
        assertFalse(signIn.attempt(username, AppUser.NO_PASSWORD, ADDRESS, SignInChannel.PAGE).isSignedIn(),
                "no password until the link is used");
        String token = tokenOf(sent);
        assertEquals(64, em.createQuery("SELECT l.tokenHash FROM AccountLink l WHERE l.account.username = :u", String.class)
                .setParameter("u", username).getSingleResult().length(), "only the hash is kept");
        assertEquals(0, em.createQuery("SELECT COUNT(l) FROM AccountLink l WHERE l.tokenHash = :t", Long.class)
                .setParameter("t", token).getSingleResult());

        ActingUser.actAs("anonymous", null);
        assertEquals(username, links.accountFor(token).orElseThrow().getUsername());
        DomainException weak = assertThrows(DomainException.class, () -> links.choosePassword(token, "short", "short", ADDRESS));
        assertEquals("newPassword", weak.getField());
        assertEquals(username, links.choosePassword(token, PASSWORD, PASSWORD, ADDRESS));
        assertTrue(signIn.attempt(username, PASSWORD, ADDRESS, SignInChannel.PAGE).isSignedIn());

        DomainException used = assertThrows(DomainException.class, () -> links.choosePassword(token, PASSWORD + "x", PASSWORD + "x", ADDRESS));
        assertEquals("setPassword.linkUnusable", used.getMessageKey());
        assertTrue(links.accountFor(token).isEmpty());
    }

    @Test
    void anExpiredOrWithdrawnLinkCannotBeUsed() throws Exception {
        String username = "exp" + unique;
        String first = tokenOf(newAccount(username));
        AppUser account = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", username).getSingleResult();
        String fresh = tokenOf(accounts.freshLink(account.getId()));
        assertNotEquals(first, fresh);
        assertTrue(links.accountFor(first).isEmpty(), "a fresh link withdraws the older one");
        assertTrue(links.accountFor(fresh).isPresent());

        tx.begin();
        em.createQuery("UPDATE AccountLink l SET l.expiresAt = :past WHERE l.tokenHash = :h")
                .setParameter("past", LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .setParameter("h", AccountLink.hash(fresh)).executeUpdate();
        tx.commit();
        assertTrue(links.accountFor(fresh).isEmpty(), "expired");
        assertThrows(DomainException.class, () -> links.choosePassword(fresh, PASSWORD, PASSWORD, ADDRESS));
    }

    @Test
    void aDeactivatedAccountCannotSignInNorUseALinkUntilReactivated() {
        String username = "off" + unique;
        String token = tokenOf(newAccount(username));
        links.choosePassword(token, PASSWORD, PASSWORD, ADDRESS);
        AppUser account = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", username).getSingleResult();

        accounts.deactivate(account.getId(), account.getVersion());
        assertFalse(signIn.attempt(username, PASSWORD, ADDRESS, SignInChannel.PAGE).isSignedIn());
        assertFalse(signIn.attempt(username, PASSWORD, ADDRESS, SignInChannel.API).isSignedIn());
        assertThrows(DomainException.class, () -> accounts.freshLink(account.getId()));
        assertEquals(1, em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.username = :u", Long.class)
                .setParameter("u", username).getSingleResult(), "kept, not deleted");
        assertFalse(accounts.signInHistory(account.getId()).isEmpty(), "the failed sign-ins are in its history");

        AppUser now = accounts.get(account.getId());
        accounts.reactivate(now.getId(), now.getVersion());
        assertTrue(signIn.attempt(username, PASSWORD, ADDRESS, SignInChannel.PAGE).isSignedIn());
    }

    @Test
    void aUserNameIsTakenOnceAndOnlyAnAdminMakesAccounts() {
        String username = "dup" + unique;
        newAccount(username);
        Person other = register.addPerson(new PersonDetails("Other Person " + unique, null, null, null, null));
        DomainException taken = assertThrows(DomainException.class,
                () -> accounts.create(other.getId(), username.toUpperCase(), Set.of(Role.MEMBER)));
        assertEquals("account.username.taken", taken.getMessageKey());
        DomainException noRole = assertThrows(DomainException.class, () -> accounts.create(other.getId(), "x" + username, Set.of()));
        assertEquals("roles", noRole.getField());

        ActingUser.actAs("secretariat", "Emily Lynch", Role.SECRETARIAT);
        assertThrows(NotFoundException.class, () -> accounts.create(other.getId(), "y" + username, Set.of(Role.MEMBER)));
    }

    @Test
    void aResetForAnUnknownNameSendsNothingAndARealOneIsLimitedToThreeAnHour() {
        String username = "rst" + unique;
        links.choosePassword(tokenOf(newAccount(username)), PASSWORD, PASSWORD, ADDRESS);
        ActingUser.actAs("anonymous", null);
        long before = resetLinks(username);
        links.requestReset("nobody-" + unique, ADDRESS);
        for (int i = 0; i < 5; i++) {
            links.requestReset(username + "@EXAMPLE.org", ADDRESS);
        }
        assertEquals(before + AccountLinks.RESETS_PER_HOUR, resetLinks(username));
        assertTrue(signIn.attempt(username, PASSWORD, ADDRESS, SignInChannel.PAGE).isSignedIn(),
                "asking for a reset changes nothing until a link is used");
    }

    private long resetLinks(String username) {
        return em.createQuery("SELECT COUNT(l) FROM AccountLink l WHERE l.account.username = :u AND l.purpose = :p", Long.class)
                .setParameter("u", username).setParameter("p", AccountLink.Purpose.RESET).getSingleResult();
    }
}
