package scot.cpib.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import scot.cpib.security.application.PasswordHashing;
import scot.cpib.shared.infrastructure.DataSourceConfiguration;
import scot.cpib.shared.infrastructure.DatabaseSettings;
import scot.cpib.shared.infrastructure.SqlScript;
import scot.cpib.security.domain.PasswordPolicy;

/**
 * Loads the CPIB demo record (from the 28 February 2019 board pack) and the four demo accounts into
 * an empty database. On by default only for the embedded H2 database; a production database gets it
 * only when {@code cpib.demo.enabled=true} is set.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    /** Demo scripts, run in this order into an empty database. */
    private static final List<String> SCRIPTS = List.of(
            "/db/demo/cpib-demo.sql",
            "/db/demo/work-programme.sql",
            "/db/demo/engagement.sql",
            "/db/demo/pack-papers.sql");

    /** Demo accounts: user name, the seed person it belongs to, its roles. */
    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Sarah Gadsden", "ADMIN"),
            new DemoAccount("secretariat", "Emily Lynch", "SECRETARIAT"),
            new DemoAccount("lead", "Mark McAteer", "LEAD"),
            new DemoAccount("member", "Kenny Richmond", "MEMBER"),
            // two more members, for trying the account page and sign-in limits without locking out the others
            new DemoAccount("phil", "Phil Couser", "MEMBER"),
            new DemoAccount("ella", "Ella Simpson", "MEMBER"),
            // a second secretariat account (Emily Lynch's), for trying two-step verification and the
            // board's requirement of it without changing how the others sign in
            new DemoAccount("clerk", "Emily Lynch", "SECRETARIAT"));

    /** Run after the report is drafted from the loaded record: its narrative, review round, decisions and a comment. */
    private static final String REVIEW_SCRIPT = "/db/demo/annual-report.sql";

    @Inject
    private DemoAnnualReport annualReport;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    @ConfigProperty(name = "cpib.demo.enabled")
    private Optional<Boolean> demoEnabled;

    @Inject
    @ConfigProperty(name = "cpib.demo.password")
    private Optional<String> demoPassword;

    @PostConstruct
    void load() {
        boolean enabled = demoEnabled.orElseGet(() -> DatabaseSettings.fromEnvironment().isH2());
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (hasBoard(connection)) {
                warnIfTheDemoPasswordIsIgnored(connection);
                return;
            }
            connection.setAutoCommit(false);
            try {
                for (String script : SCRIPTS) {
                    runScript(connection, script);
                }
                createAccounts(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            annualReport.draft();
            runScript(connection, REVIEW_SCRIPT);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo data", e);
        }
    }

    private static boolean hasBoard(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM board")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    /** A CPIB_DEMO_PASSWORD only counts when the accounts are created: say so when it differs from theirs. */
    private void warnIfTheDemoPasswordIsIgnored(Connection connection) throws SQLException {
        Optional<String> given = demoPassword.filter(p -> !p.isBlank());
        if (given.isEmpty()) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT password_hash FROM app_user WHERE username = ?")) {
            query.setString(1, ACCOUNTS.get(1).username());
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next() && !passwordHashing.matches(given.get(), rows.getString(1))) {
                    LOG.warning("CPIB_DEMO_PASSWORD is ignored: the demo accounts already exist, with the password"
                            + " they were given when the demo data was first loaded (the CPIB_DEMO_PASSWORD of that"
                            + " start, or the random password printed then). It is only used for an empty database:"
                            + " to start again from the demo with it, stop the app and delete the embedded"
                            + " database folder ./cpib-data/");
                }
            }
        }
    }

    private static void runScript(Connection connection, String resource) throws SQLException {
        String script;
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo script " + resource + " is missing from the build");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : SqlScript.statements(script)) {
                statement.execute(sql);
            }
        }
    }

    private void createAccounts(Connection connection) throws SQLException {
        String password = demoPassword.filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            password = randomPassword();
            String shown = password;
            LOG.warning(() -> "CPIB_DEMO_PASSWORD is not set: the demo accounts admin, secretariat, lead, member, phil, ella and clerk"
                    + " have the password " + shown + " (shown once)");
        } else {
            requireStrong(password);
        }
        try (PreparedStatement user = connection.prepareStatement(
                "INSERT INTO app_user (username, password_hash, person_id, enabled) "
                        + "VALUES (?, ?, (SELECT id FROM person WHERE full_name = ?), TRUE)");
             PreparedStatement role = connection.prepareStatement(
                "INSERT INTO app_user_role (user_id, role) SELECT id, ? FROM app_user WHERE username = ?")) {
            for (DemoAccount account : ACCOUNTS) {
                user.setString(1, account.username());
                user.setString(2, passwordHashing.hash(password));
                user.setString(3, account.personName());
                user.executeUpdate();
                role.setString(1, account.role());
                role.setString(2, account.username());
                role.executeUpdate();
            }
        }
        LOG.info("Demo data loaded: the CPIB board record and accounts admin, secretariat, lead, member, phil, ella, clerk");
    }

    /** The demo password must meet the same policy as every other password, or the app does not start. */
    static void requireStrong(String password) {
        for (DemoAccount account : ACCOUNTS) {
            PasswordPolicy.problem(password, account.username()).ifPresent(rule -> {
                String reason = new MessageFormat(ResourceBundle.getBundle("i18n.messages", Locale.UK).getString(rule), Locale.UK)
                        .format(new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH});
                LOG.severe(() -> "CPIB_DEMO_PASSWORD is too weak for the demo account '" + account.username() + "': "
                        + reason + " Choose another (at least " + PasswordPolicy.MIN_LENGTH
                        + " characters, not a common password, not a user name) or unset it for a random one.");
                throw new IllegalStateException("CPIB_DEMO_PASSWORD is too weak: " + reason);
            });
        }
    }

    private static String randomPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private record DemoAccount(String username, String personName, String role) {
    }
}
