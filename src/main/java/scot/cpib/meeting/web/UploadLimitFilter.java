package scot.cpib.meeting.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * An upload larger than the container accepts (see multipart-config in web.xml) fails before the page
 * sees it. This filter reads the parts first; when the container refuses them, it sends the browser
 * back to the page it came from, which then shows the same "larger than 20 MB" message at the file
 * field as for a smaller oversize file ({@link AgendaPapers#showRefusedUpload()}), instead of an error page.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The session attribute that carries the refusal across the redirect. */
    static final String REFUSED = "cpib.upload.refused";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            try {
                request.getParts();
            } catch (IllegalStateException | IOException | ServletException e) {
                request.getSession().setAttribute(REFUSED, Boolean.TRUE);
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", back(request));
                response.setHeader("Connection", "close");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The page the form was on, when the browser says so and it is one of ours; the posted address otherwise. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith(request.getContextPath() + "/") && !path.contains("..")) {
                    return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // not an address: fall back to the posted one
            }
        }
        return request.getRequestURI();
    }
}
