package scot.cpib.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import scot.cpib.shared.domain.DomainException;

/**
 * What a password must be (OWASP ASVS 2.1): at least 12 characters, at most 128, not one of the
 * 10,000 most common passwords shipped with the app, and not containing the account's user name.
 * No rules on character classes: length and the breached list do the work.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_LIST = "/security/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The bundle key of the first rule the password breaks, if it breaks one. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("password.common");
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }

    /** Throws the broken rule, to be shown next to the given field. */
    public static void require(String password, String username, String field) {
        problem(password, username).ifPresent(key -> {
            throw new DomainException(key, field, MIN_LENGTH, MAX_LENGTH);
        });
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + COMMON_LIST + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
