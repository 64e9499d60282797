package scot.cpib.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import scot.cpib.shared.domain.BaseEntity;
import scot.cpib.shared.domain.DomainException;

/**
 * An account's two-step verification: the TOTP secret its owner put into an authenticator app and
 * confirmed with a code, and the last step whose code was used (codes of that step and earlier are
 * refused from then on).
 */
@Entity
@Table(name = "two_step")
public class TwoStep extends BaseEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "user_id")
    private AppUser account;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "enabled_at", nullable = false)
    private LocalDateTime enabledAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    protected TwoStep() {
    }

    private TwoStep(AppUser account, String secret, LocalDateTime enabledAt, long lastUsedStep) {
        this.account = account;
        this.secret = secret;
        this.enabledAt = enabledAt;
        this.lastUsedStep = lastUsedStep;
    }

    /**
     * Turns two-step verification on with a secret shown to the person, once they prove their app
     * has it by typing its current code (refused next to the field {@code code} otherwise).
     */
    public static TwoStep confirm(AppUser account, String secret, String typedCode, Instant now) {
        OptionalLong step = Totp.matchingStep(secret, typedCode, now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new DomainException("twoStep.codeWrong", "code");
        }
        return new TwoStep(account, secret, LocalDateTime.ofInstant(now, ZoneOffset.UTC), step.getAsLong());
    }

    /** The step of a typed code that is right now and later than the last one used, if it is. */
    public OptionalLong stepOf(String typedCode, Instant now) {
        return Totp.matchingStep(secret, typedCode, now, lastUsedStep);
    }

    public AppUser getAccount() {
        return account;
    }

    public LocalDateTime getEnabledAt() {
        return enabledAt;
    }

    public long getLastUsedStep() {
        return lastUsedStep;
    }
}
