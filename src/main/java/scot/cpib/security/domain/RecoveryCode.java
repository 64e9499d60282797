package scot.cpib.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Locale;
import scot.cpib.shared.domain.BaseEntity;

/**
 * A single-use code that stands in for the authenticator app (a lost phone). Ten are made when
 * two-step verification is turned on and shown once; only their SHA-256 is kept. A code is ten
 * random base32 characters (50 bits), written as two groups of five: "k7mzq-2xwpa".
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode extends BaseEntity {

    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private AppUser account;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected RecoveryCode() {
    }

    private RecoveryCode(AppUser account, String codeHash) {
        this.account = account;
        this.codeHash = codeHash;
    }

    /** A new code for the account; the code itself is handed to {@code code} once and never kept. */
    public static RecoveryCode issue(AppUser account, StringBuilder code) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        code.append(text);
        return new RecoveryCode(account, ApiToken.hashOf(text.toString()));
    }

    /**
     * The SHA-256 of a code as typed: case, spaces and hyphens do not matter. Anything that cannot
     * be a code (wrong length or characters) has no hash.
     */
    public static java.util.Optional<String> hashOf(String typed) {
        String clean = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (!clean.matches("[a-z2-7]{10}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(ApiToken.hashOf(clean.substring(0, 5) + "-" + clean.substring(5)));
    }

    public AppUser getAccount() {
        return account;
    }

    public boolean isUsed() {
        return usedAt != null;
    }
}
