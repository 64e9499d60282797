package scot.cpib.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses writes that the browser says come from another site. Sets response headers that keep
 * browsers from sniffing types, framing pages or leaking addresses; over TLS (directly or through a
 * trusted proxy, see {@link ProxySettings}) HSTS as well; on pages a Content-Security-Policy with a
 * nonce made for the request ({@link ContentSecurityPolicy}). The session cookie gets SameSite=Lax,
 * and Secure over TLS ({@link SessionCookies}); a session of a visitor not signed in is short-lived
 * ({@link SessionLifetimes}).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isCrossSiteWrite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean secure = ProxySettings.get().isSecure(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (ContentSecurityPolicy.appliesTo(request.getRequestURI().substring(request.getContextPath().length()))) {
            String nonce = ContentSecurityPolicy.newNonce();
            request.setAttribute(ContentSecurityPolicy.NONCE_ATTRIBUTE, nonce);
            response.setHeader("Content-Security-Policy", ContentSecurityPolicy.header(nonce));
        }
        if (request.getUserPrincipal() != null && !request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        SessionCookies cookies = new SessionCookies(response,
                request.getServletContext().getSessionCookieConfig().getName(), secure);
        cookies.complete();
        SessionLifetimes.extendIfSignedIn(request);
        chain.doFilter(cookies.request(request), cookies.response());
        SessionLifetimes.extendIfSignedIn(request);
        cookies.complete();
    }

    /**
     * A form posted to the app from another site, as the browser says (Sec-Fetch-Site). Pages with a
     * session are protected by their view state and the SameSite cookie; this also covers the sign-in
     * page, which keeps no state (so nobody can be signed in to an account of someone else's choosing).
     */
    static boolean isCrossSiteWrite(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        return !safe && "cross-site".equals(request.getHeader("Sec-Fetch-Site"));
    }
}
