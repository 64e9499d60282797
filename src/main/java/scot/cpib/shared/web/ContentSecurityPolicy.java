package scot.cpib.shared.web;

import jakarta.servlet.ServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The Content-Security-Policy of the pages: scripts only from the app itself or carrying this
 * request's nonce (no inline script, no inline event handler, no {@code javascript:} address),
 * styles only from the app, no plugins, no framing, forms posting only to the app. The nonce is
 * made per request, kept as a request attribute and written on every {@code <script>} element
 * Faces renders ({@link CspNonceRenderKitFactory}).
 */
public final class ContentSecurityPolicy {

    /** The request attribute holding this request's nonce. */
    public static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ContentSecurityPolicy() {
    }

    /** A fresh nonce: 16 random bytes, Base64. */
    public static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The header value for a page whose scripts carry the nonce. */
    public static String header(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "'; "
                + "style-src 'self'; "
                + "img-src 'self' data:; "
                + "font-src 'self'; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "frame-ancestors 'none'; "
                + "form-action 'self'";
    }

    /** The nonce of this request, when the security headers filter gave it one. */
    public static Optional<String> nonceOf(ServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(NONCE_ATTRIBUTE));
    }

    /**
     * Whether the answer to this path is a page (everything but the REST API and paper downloads,
     * whose documents a browser's own viewer shows and which carry no script of ours).
     */
    static boolean appliesTo(String pathInApp) {
        return !pathInApp.startsWith("/api/") && !pathInApp.startsWith("/papers/");
    }
}
