package scot.cpib.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import scot.cpib.security.infrastructure.CpibAuthenticationMechanism;

/**
 * While the board requires two-step verification of an admin or secretariat person who has not set
 * it up, their session reaches only the set-up page (which says why), the sign-in pages, error pages
 * and static resources: a page is redirected there, anything else is refused. The requirement is
 * marked on the session at sign-in and cleared when the person turns two-step verification on.
 */
@WebFilter(urlPatterns = "/*")
public class TwoStepSetupGate extends HttpFilter {

    public static final String SETUP_PAGE = "/two-step.xhtml";
    private static final List<String> OPEN_PREFIXES = List.of(SETUP_PAGE, "/login.xhtml", "/login-code.xhtml",
            "/jakarta.faces.resource/", "/resources/", "/error/", "/favicon.", "/health");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(CpibAuthenticationMechanism.TWO_STEP_SETUP_REQUIRED) == null
                || request.getHeader("Authorization") != null || isOpen(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = pathOf(request);
        if (path.equals("/") || path.endsWith(".xhtml")) {
            response.sendRedirect(request.getContextPath() + SETUP_PAGE);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    static boolean isOpen(String path) {
        return OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static boolean isOpen(HttpServletRequest request) {
        return isOpen(pathOf(request));
    }

    /** The decoded, normalised path within the app (not the raw URI, which may hide "/../"). */
    private static String pathOf(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }
}
