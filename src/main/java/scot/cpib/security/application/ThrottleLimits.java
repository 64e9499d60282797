package scot.cpib.security.application;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * When sign-ins are refused: after {@code accountFailures} wrong passwords for one account name,
 * or {@code addressFailures} from one address, within {@code window}; refused for {@code lock}.
 * Configured by {@code cpib.signin.account-failures}, {@code cpib.signin.address-failures},
 * {@code cpib.signin.window-minutes} and {@code cpib.signin.lock-minutes}.
 */
public record ThrottleLimits(int accountFailures, int addressFailures, Duration window, Duration lock) {

    public static final ThrottleLimits DEFAULT = new ThrottleLimits(10, 50, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public ThrottleLimits {
        if (accountFailures < 1 || addressFailures < 1 || window.isNegative() || lock.isNegative()) {
            throw new IllegalArgumentException("Sign-in limits must be positive");
        }
    }

    static ThrottleLimits fromConfig() {
        try {
            Config config = ConfigProvider.getConfig();
            return new ThrottleLimits(
                    config.getOptionalValue("cpib.signin.account-failures", Integer.class).orElse(DEFAULT.accountFailures()),
                    config.getOptionalValue("cpib.signin.address-failures", Integer.class).orElse(DEFAULT.addressFailures()),
                    config.getOptionalValue("cpib.signin.window-minutes", Integer.class).map(Duration::ofMinutes).orElse(DEFAULT.window()),
                    config.getOptionalValue("cpib.signin.lock-minutes", Integer.class).map(Duration::ofMinutes).orElse(DEFAULT.lock()));
        } catch (RuntimeException | LinkageError noConfig) {
            return DEFAULT;
        }
    }
}
