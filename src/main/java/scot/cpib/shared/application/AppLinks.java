package scot.cpib.shared.application;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Absolute links to pages of the application, for e-mails and documents read outside it. The base
 * is {@code cpib.base-url} (environment variable CPIB_BASE_URL), e.g. https://board.example.org;
 * without it, http://localhost:8080.
 */
public final class AppLinks {

    public static final String DEFAULT_BASE_URL = "http://localhost:8080";

    private AppLinks() {
    }

    /** {@code path} starts with "/" ("/meetings/view.xhtml?id=3"). */
    public static String absolute(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A link path starts with /: " + path);
        }
        return baseUrl() + path;
    }

    public static String baseUrl() {
        String base = ConfigProvider.getConfig().getOptionalValue("cpib.base-url", String.class)
                .map(String::strip).filter(v -> !v.isEmpty()).orElse(DEFAULT_BASE_URL);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
