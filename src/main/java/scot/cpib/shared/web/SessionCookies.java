package scot.cpib.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives the session cookie {@code SameSite=Lax}, and {@code Secure} when the browser came over TLS.
 * Payara Micro ignores the SameSite attribute that web.xml asks for and cannot know about TLS
 * ended at a proxy, so the Set-Cookie header the container wrote is completed here: when a session
 * is created through the request, and before the response is committed.
 */
final class SessionCookies {

    private final HttpServletResponse response;
    private final String cookieName;
    private final boolean secure;

    SessionCookies(HttpServletResponse response, String cookieName, boolean secure) {
        this.response = response;
        this.cookieName = cookieName == null ? "JSESSIONID" : cookieName;
        this.secure = secure;
    }

    /** Completes every Set-Cookie header of the session cookie; other cookies are left alone. */
    void complete() {
        if (response.isCommitted()) {
            return;
        }
        List<String> headers = new ArrayList<>(response.getHeaders("Set-Cookie"));
        boolean changed = false;
        for (int i = 0; i < headers.size(); i++) {
            String completed = completed(headers.get(i), cookieName, secure);
            if (!completed.equals(headers.get(i))) {
                headers.set(i, completed);
                changed = true;
            }
        }
        if (changed) {
            response.setHeader("Set-Cookie", headers.get(0));
            for (String header : headers.subList(1, headers.size())) {
                response.addHeader("Set-Cookie", header);
            }
        }
    }

    /** One Set-Cookie value with SameSite=Lax (and Secure) added when it is the session cookie. */
    static String completed(String header, String cookieName, boolean secure) {
        if (!header.startsWith(cookieName + "=")) {
            return header;
        }
        String lower = header.toLowerCase(Locale.ROOT);
        StringBuilder result = new StringBuilder(header);
        if (!lower.contains("samesite=")) {
            result.append("; SameSite=Lax");
        }
        if (secure && !lower.matches(".*;\\s*secure(\\s*;.*|\\s*)$")) {
            result.append("; Secure");
        }
        return result.toString();
    }

    HttpServletRequest request(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                HttpSession session = super.getSession(create);
                SessionLifetimes.limitIfAnonymous(this, session);
                complete();
                return session;
            }

            @Override
            public HttpSession getSession() {
                return getSession(true);
            }

            @Override
            public String changeSessionId() {
                String id = super.changeSessionId();
                complete();
                return id;
            }
        };
    }

    HttpServletResponse response() {
        return new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() throws IOException {
                complete();
                return super.getWriter();
            }

            @Override
            public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
                complete();
                return super.getOutputStream();
            }

            @Override
            public void sendRedirect(String location) throws IOException {
                complete();
                super.sendRedirect(location);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                complete();
                super.sendError(status, message);
            }

            @Override
            public void sendError(int status) throws IOException {
                complete();
                super.sendError(status);
            }

            @Override
            public void flushBuffer() throws IOException {
                complete();
                super.flushBuffer();
            }
        };
    }
}
