package scot.cpib.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import scot.cpib.shared.domain.BaseEntity;
import scot.cpib.shared.domain.DomainException;

/**
 * A personal API token: sent as {@code Authorization: Bearer cpib_…} instead of a password. Only
 * the SHA-256 of the token is kept, so the token itself is shown once, when it is made.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends BaseEntity {

    public static final String PREFIX = "cpib_";
    public static final int NAME_MAX = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private AppUser account;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    private ApiToken(AppUser account, String name, String tokenHash, LocalDateTime createdAt) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** A new token for the account; the secret is handed to {@code secret} once and never kept. */
    public static ApiToken issue(AppUser account, String name, LocalDateTime now, StringBuilder secret) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("token.nameRequired", "tokenName");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new DomainException("token.nameTooLong", "tokenName", NAME_MAX);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        secret.append(token);
        return new ApiToken(account, trimmed, hashOf(token), now);
    }

    /** The SHA-256 of a token, as stored and looked up. */
    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null && account.isEnabled();
    }

    public AppUser getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
