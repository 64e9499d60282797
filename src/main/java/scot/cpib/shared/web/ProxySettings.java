package scot.cpib.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which reverse proxies are trusted to say who the client is and whether it came over TLS
 * ({@code cpib.proxy.trusted}: addresses, comma-separated; none by default), and whether to send
 * HSTS and Secure cookies ({@code cpib.https}: {@code auto} (default) when the request came over TLS,
 * {@code always}, or {@code never}). X-Forwarded-For and X-Forwarded-Proto are believed only when the
 * connection comes from a trusted proxy.
 */
public record ProxySettings(Set<String> trustedProxies, String https) {

    private static volatile ProxySettings current;

    public static ProxySettings get() {
        ProxySettings settings = current;
        if (settings == null) {
            settings = fromConfig();
            current = settings;
        }
        return settings;
    }

    static ProxySettings fromConfig() {
        String trusted;
        String https;
        try {
            var config = ConfigProvider.getConfig();
            trusted = config.getOptionalValue("cpib.proxy.trusted", String.class).orElse("");
            https = config.getOptionalValue("cpib.https", String.class).orElse("auto");
        } catch (RuntimeException | LinkageError noConfig) {
            trusted = "";
            https = "auto";
        }
        return new ProxySettings(Arrays.stream(trusted.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet()), https.strip().toLowerCase());
    }

    /** The client's address: the connection's, or the last untrusted one a trusted proxy forwarded. */
    public String clientAddress(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (!trustedProxies.contains(remote) || forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? remote : hops.get(0);
    }

    /** Whether the browser reached us over TLS (directly, or through a trusted proxy that says so). */
    public boolean isSecure(HttpServletRequest request) {
        if ("always".equals(https)) {
            return true;
        }
        if ("never".equals(https)) {
            return false;
        }
        if (request.isSecure()) {
            return true;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        return proto != null && trustedProxies.contains(request.getRemoteAddr())
                && "https".equalsIgnoreCase(proto.split(",")[0].strip());
    }
}
