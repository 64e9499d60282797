package scot.cpib.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * How long a session lives. Pages keep no state for a visitor who is not signed in (the template's
 * view is transient then), so such a visitor gets a session only from a public page's view-scoped
 * bean, or from signing in while the second step (the code) is awaited; it lasts
 * {@value #ANONYMOUS_SECONDS} seconds of idleness, as long as that second step may take
 * (security.application.PendingSecondSteps.VALID_FOR), so that many visits keep little memory. Once
 * the person is signed in, the session gets the time-out of web.xml.
 */
final class SessionLifetimes {

    static final int ANONYMOUS_SECONDS = 300;

    private SessionLifetimes() {
    }

    /** Gives a session just made for a request that is not signed in the short lifetime. */
    static void limitIfAnonymous(HttpServletRequest request, HttpSession session) {
        if (session != null && session.isNew() && request.getUserPrincipal() == null) {
            session.setMaxInactiveInterval(ANONYMOUS_SECONDS);
        }
    }

    /** Gives the session of a signed-in request the full time-out, if it had the short one. */
    static void extendIfSignedIn(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return;
        }
        HttpSession session = request.getSession(false);
        int full = request.getServletContext().getSessionTimeout() * 60;
        if (session != null && full > 0 && session.getMaxInactiveInterval() < full) {
            session.setMaxInactiveInterval(full);
        }
    }
}
