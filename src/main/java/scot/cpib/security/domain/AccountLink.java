package scot.cpib.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import scot.cpib.shared.domain.BaseEntity;

/**
 * A single-use link that lets a person choose a password: the first sign-in link of a new account, or
 * a password reset. Only the SHA-256 of its token is kept; it works once and until it expires.
 */
@Entity
@Table(name = "account_link")
public class AccountLink extends BaseEntity {

    /** Why the link was made. */
    public enum Purpose {
        FIRST_SIGN_IN, RESET
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private AppUser account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected AccountLink() {
    }

    private AccountLink(AppUser account, Purpose purpose, String tokenHash, LocalDateTime now, Duration validity) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    /** A link and the token to put in it (shown or sent once, never stored). */
    public record Issued(AccountLink link, String token) {
    }

    public static Issued issue(AppUser account, Purpose purpose, LocalDateTime now, Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountLink(account, purpose, hash(token), now, validity), token);
    }

    /** The SHA-256 of a token, as stored. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Not used yet, not expired, and its account may sign in. */
    public boolean isUsableAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    public void use(LocalDateTime now) {
        this.usedAt = now;
    }

    /** Made unusable because a newer link was sent, or the password was set another way. */
    public void withdraw(LocalDateTime now) {
        if (usedAt == null) {
            this.usedAt = now;
        }
    }

    public AppUser getAccount() {
        return account;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getUsedAt() {
        return usedAt;
    }
}
