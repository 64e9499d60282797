package scot.cpib.action.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import scot.cpib.security.domain.Role;
import scot.cpib.security.infrastructure.CpibAuthenticationMechanism;
import scot.cpib.shared.application.BoardClock;
import scot.cpib.shared.infrastructure.VersionedCache;
import scot.cpib.shared.web.ContentSecurityPolicy;

/**
 * Keeps the action register's pages as they were sent, for the one who asked, and sends them again
 * while nothing in the record has changed (issue 13, docs/performance.md "Caching", decision 89): the
 * register is the page everyone opens most, and building it through Faces was most of its cost.
 *
 * <p>A page is kept under who asked (user name and roles), the whole address and the board's day, and
 * the {@link VersionedCache data version}: any change committed by any server is seen on the next
 * request. The page differs from one sending to the next only by the nonce of its Content-Security-Policy,
 * which is put in afresh. Nothing is kept or served when a flash message may be on its way to the page
 * (Faces' flash cookie), when the session must first set up two-step verification, or when the answer
 * is anything but a whole page (a redirect, an error).
 *
 * <p>Mapped after every filter the app declares (so after the security headers and the two-step gate),
 * by the listener below.
 */
public class KeptRegisterPages extends HttpFilter {

    static final String PAGE = "/actions/index.xhtml";
    private static final String FLASH_COOKIE = "csfcfc";
    private static final int PAGES_KEPT = 300;

    private final VersionedCache<Key, Sent> kept = new VersionedCache<>(PAGES_KEPT, Duration.ofMinutes(10));

    @Inject
    private BoardClock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String nonce = (String) request.getAttribute(ContentSecurityPolicy.NONCE_ATTRIBUTE);
        if (!"GET".equals(request.getMethod()) || request.getRemoteUser() == null || nonce == null
                || carriesFlash(request) || mustSetUpTwoStep(request)) {
            chain.doFilter(request, response);
            return;
        }
        Key key = new Key(request.getRemoteUser(), roles(request), request.getQueryString(), clock.today());
        Sent[] fresh = new Sent[1];
        Sent page;
        try {
            page = kept.get(key, () -> {
                fresh[0] = render(request, response, chain, nonce);
                return fresh[0];
            }, Sent::isWholePage);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RenderFailure e) {
            throw e.failure;
        }
        if (page == fresh[0] && page.sentAlready()) {
            return; // a redirect or an error, sent as it was made
        }
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        response.getWriter().write(page.withNonce(nonce));
    }

    private Sent render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String nonce) {
        CapturedResponse captured = new CapturedResponse(response);
        try {
            chain.doFilter(request, captured);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new RenderFailure(e);
        }
        return Sent.of(captured, nonce);
    }

    private static boolean carriesFlash(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> FLASH_COOKIE.equals(c.getName()));
    }

    private static boolean mustSetUpTwoStep(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CpibAuthenticationMechanism.TWO_STEP_SETUP_REQUIRED) != null;
    }

    private static EnumSet<Role> roles(HttpServletRequest request) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    private record Key(String user, EnumSet<Role> roles, String query, LocalDate today) {
    }

    /** An answer as it was made: its status, and its text cut at each nonce (to be joined with another). */
    record Sent(int status, boolean sentAlready, String contentType, List<String> parts) {

        static Sent of(CapturedResponse captured, String nonce) {
            return new Sent(captured.status(), captured.isSentAlready(), captured.getContentType(),
                    List.of(captured.text().split(Pattern.quote(nonce), -1)));
        }

        boolean isWholePage() {
            return status == HttpServletResponse.SC_OK && !sentAlready && contentType != null
                    && contentType.startsWith("text/html");
        }

        String withNonce(String nonce) {
            return String.join(nonce, parts);
        }
    }

    /** A ServletException thrown while rendering, carried out of the cache's reader. */
    private static final class RenderFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient ServletException failure;

        RenderFailure(ServletException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    /** Maps the filter after all those the app declares, so that it sees their headers and their nonce. */
    @WebListener
    public static class Mapping implements ServletContextListener {

        @Override
        public void contextInitialized(ServletContextEvent event) {
            event.getServletContext().addFilter(KeptRegisterPages.class.getName(), KeptRegisterPages.class)
                    .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, PAGE);
        }
    }
}
