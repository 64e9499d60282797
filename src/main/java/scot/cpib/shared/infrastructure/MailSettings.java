package scot.cpib.shared.infrastructure;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SMTP server the application sends through. MicroProfile Config keys {@code cpib.mail.host},
 * {@code cpib.mail.port} (default 25, or 587 with STARTTLS), {@code cpib.mail.from},
 * {@code cpib.mail.user}, {@code cpib.mail.password} and {@code cpib.mail.starttls} (environment
 * variables CPIB_MAIL_HOST, CPIB_MAIL_PORT, …). Without a host no mail is sent: the mail log says
 * so, and the pages tell the person who asked for the e-mail.
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean startTls) {

    public static final String DEFAULT_FROM = "cpib-board-manager@localhost";

    public static MailSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        boolean startTls = read(config, "cpib.mail.starttls").map(Boolean::parseBoolean).orElse(false);
        int port = read(config, "cpib.mail.port").map(MailSettings::port).orElse(startTls ? 587 : 25);
        return new MailSettings(read(config, "cpib.mail.host").orElse(null), port,
                read(config, "cpib.mail.from").orElse(DEFAULT_FROM),
                read(config, "cpib.mail.user").orElse(null),
                read(config, "cpib.mail.password").orElse(null), startTls);
    }

    public boolean isConfigured() {
        return host != null;
    }

    public boolean hasCredentials() {
        return user != null;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("cpib.mail.port (CPIB_MAIL_PORT) is not a number: " + value, e);
        }
    }

    private static Optional<String> read(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
