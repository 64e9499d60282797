package scot.cpib.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import scot.cpib.security.domain.AccountLink;
import scot.cpib.security.domain.AccountLink.Purpose;
import scot.cpib.security.domain.AppUser;
import scot.cpib.shared.application.AppLinks;
import scot.cpib.shared.application.AuditTrail;
import scot.cpib.shared.application.BundleTexts;
import scot.cpib.shared.application.MailReceipt;
import scot.cpib.shared.application.Mailer;
import scot.cpib.shared.application.OutgoingMail;
import scot.cpib.shared.domain.DomainException;

/**
 * Single-use links to choose a password: a new account's first sign-in link (valid for
 * {@link #FIRST_SIGN_IN_VALIDITY}) and a password reset asked for on the sign-in page (valid for
 * {@link #RESET_VALIDITY}). A new link withdraws the account's older ones; only the token's hash is
 * stored; the link is e-mailed and the mail log keeps the message (with the link: whoever reads the
 * mail log is an admin, who could issue a new link anyway).
 */
@ApplicationScoped
public class AccountLinks {

    public static final Duration FIRST_SIGN_IN_VALIDITY = Duration.ofDays(7);
    public static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /** At most this many reset links per account per hour; more requests are answered the same but send nothing. */
    public static final int RESETS_PER_HOUR = 3;
    public static final String PAGE = "/set-password.xhtml";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Mailer mailer;

    @Inject
    private AuditTrail audit;

    @Inject
    private PasswordHashing hashing;

    /** What happened to a link: its address (to give by hand when the mail failed) and the mail's receipt. */
    public record Sent(String link, MailReceipt receipt, String address) {

        public boolean isMailed() {
            return receipt != null && receipt.isSent();
        }
    }

    /** A fresh link for the account, older ones withdrawn, e-mailed to its person when they have an address. */
    @Transactional
    public Sent issueAndSend(AppUser account, Purpose purpose) {
        LocalDateTime now = now();
        withdrawAll(account, now);
        AccountLink.Issued issued = AccountLink.issue(account, purpose,
                now, purpose == Purpose.FIRST_SIGN_IN ? FIRST_SIGN_IN_VALIDITY : RESET_VALIDITY);
        em.persist(issued.link());
        String link = AppLinks.absolute(PAGE + "?token=" + URLEncoder.encode(issued.token(), StandardCharsets.UTF_8));
        String address = account.getPerson() == null ? null : account.getPerson().getEmail();
        MailReceipt receipt = null;
        if (address != null) {
            String prefix = purpose == Purpose.FIRST_SIGN_IN ? "accountLink.first" : "accountLink.reset";
            receipt = mailer.send(OutgoingMail.to(address, BundleTexts.text(prefix + ".subject"),
                    BundleTexts.text(prefix + ".body", account.getPerson().getDisplayName(), account.getUsername(), link,
                            purpose == Purpose.FIRST_SIGN_IN ? FIRST_SIGN_IN_VALIDITY.toDays() : RESET_VALIDITY.toMinutes()),
                    purpose == Purpose.FIRST_SIGN_IN ? "first-sign-in" : "password-reset"));
        }
        audit.record(account, purpose == Purpose.FIRST_SIGN_IN ? "first sign-in link" : "password reset link",
                (purpose == Purpose.FIRST_SIGN_IN ? "First sign-in link" : "Password reset link") + " for " + account.getUsername()
                        + (receipt == null ? " made (no e-mail address)" : " e-mailed: " + receipt.status()));
        return new Sent(link, receipt, address);
    }

    /**
     * "Forgotten your password?": a user name or e-mail address. Whatever is typed, the page gives the
     * same answer; a reset link is sent only to an active account's own address, at most
     * {@link #RESETS_PER_HOUR} an hour.
     */
    @Transactional
    public void requestReset(String nameOrAddress, String fromAddress) {
        String typed = nameOrAddress == null ? "" : nameOrAddress.strip();
        if (typed.isEmpty()) {
            throw new DomainException("reset.required", "who");
        }
        Optional<AppUser> account = em.createQuery("SELECT u FROM AppUser u WHERE u.enabled = true AND (u.username = :typed "
                        + "OR LOWER(u.person.email) = :lower) ORDER BY u.id", AppUser.class)
                .setParameter("typed", typed).setParameter("lower", typed.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
        if (account.isEmpty() || account.get().getPerson() == null || account.get().getPerson().getEmail() == null) {
            audit.recordFor(typed, SignInAudit.ENTITY_TYPE, null, "reset refused",
                    "Password reset asked for an unknown or inactive account, or one without an e-mail address, from " + fromAddress);
            return;
        }
        long lastHour = em.createQuery("SELECT COUNT(l) FROM AccountLink l WHERE l.account = :a AND l.purpose = :p "
                        + "AND l.createdAt > :since", Long.class)
                .setParameter("a", account.get()).setParameter("p", Purpose.RESET)
                .setParameter("since", now().minusHours(1)).getSingleResult();
        if (lastHour >= RESETS_PER_HOUR) {
            audit.recordFor(account.get().getUsername(), SignInAudit.ENTITY_TYPE, account.get().getId(), "reset refused",
                    "Password reset asked for too often (" + RESETS_PER_HOUR + " an hour) from " + fromAddress);
            return;
        }
        issueAndSend(account.get(), Purpose.RESET);
    }

    /** The account a token would set the password of, while the link is usable. */
    public Optional<AppUser> accountFor(String token) {
        return usable(token).map(AccountLink::getAccount);
    }

    /**
     * The person behind a usable link chooses their password (the policy applies, typed the same
     * twice); the link is then used up, with any other of the account's links.
     */
    @Transactional
    public String choosePassword(String token, String newPassword, String repeated, String fromAddress) {
        AccountLink link = usable(token).orElseThrow(() -> new DomainException("setPassword.linkUnusable", null));
        AppUser account = link.getAccount();
        if (newPassword == null || !newPassword.equals(repeated)) {
            throw new DomainException("account.repeatDifferent", "repeatPassword");
        }
        account.changePassword(newPassword, hashing::hash);
        LocalDateTime now = now();
        link.use(now);
        withdrawAll(account, now);
        audit.record(account, "password chosen", "Password chosen by " + account.getUsername() + " through a "
                + (link.getPurpose() == Purpose.FIRST_SIGN_IN ? "first sign-in" : "password reset") + " link from " + fromAddress);
        return account.getUsername();
    }

    private Optional<AccountLink> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM AccountLink l WHERE l.tokenHash = :h", AccountLink.class)
                .setParameter("h", AccountLink.hash(token.strip())).getResultStream().findFirst()
                .filter(l -> l.isUsableAt(now()));
    }

    private void withdrawAll(AppUser account, LocalDateTime now) {
        em.createQuery("SELECT l FROM AccountLink l WHERE l.account = :a AND l.usedAt IS NULL", AccountLink.class)
                .setParameter("a", account).getResultList().forEach(l -> l.withdraw(now));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
