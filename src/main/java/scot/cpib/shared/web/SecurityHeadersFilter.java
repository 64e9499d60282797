package scot.cpib.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Response headers that keep browsers from sniffing types, framing pages or leaking addresses; over
 * TLS (directly or through a trusted proxy, see {@link ProxySettings}) HSTS as well. The session
 * cookie gets SameSite=Lax, and Secure over TLS ({@link SessionCookies}).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean secure = ProxySettings.get().isSecure(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (request.getUserPrincipal() != null && !request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        SessionCookies cookies = new SessionCookies(response,
                request.getServletContext().getSessionCookieConfig().getName(), secure);
        cookies.complete();
        chain.doFilter(cookies.request(request), cookies.response());
        cookies.complete();
    }
}
