package scot.cpib.meeting.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An upload larger than the container accepts (see multipart-config in web.xml) fails before the page
 * sees it. This filter looks first: a body longer than the container's limit (up to 256 MB) is read
 * through and dropped, keeping only the file's name from its first bytes; a body the container
 * refuses otherwise is not read further. Either way the browser is sent back to the page it came
 * from, which then shows the same "“name” is larger than 20 MB" message at the file field as for a
 * smaller oversize file ({@link AgendaPapers#showRefusedUpload()}), instead of an error page or a
 * broken connection.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The session attribute that carries the refusal across the redirect. */
    static final String REFUSED = "cpib.upload.refused";
    /** The container's max-request-size for the Faces servlet (web.xml). */
    static final long MAX_REQUEST_BYTES = 57_671_680L;
    /** Bodies up to this size are read through to answer cleanly; beyond it the connection is closed. */
    static final long DRAIN_LIMIT_BYTES = 256L * 1024 * 1024;
    private static final int HEAD_BYTES = 64 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("Content-Disposition:[^\\r\\n]*?filename=\"([^\"\\r\\n]*)\"",
            Pattern.CASE_INSENSITIVE);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            long length = request.getContentLengthLong();
            if (length > MAX_REQUEST_BYTES) {
                // over the container's limit: read (and drop) the body, so the browser can read the answer
                refuse(request, response, length <= DRAIN_LIMIT_BYTES ? drainNamingFile(request.getInputStream()) : null,
                        length <= DRAIN_LIMIT_BYTES);
                return;
            }
            try {
                request.getParts();
            } catch (IllegalStateException | IOException | ServletException e) {
                // a body without a length (chunked) that the container refused: read what is left, within the cap
                refuse(request, response, null, length < 0 && drainedWithin(request, DRAIN_LIMIT_BYTES));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Sends the browser back to the form's page, which shows the size message at the file field. When
     * the body was read to its end the connection stays open; otherwise it is closed, as the rest of
     * the body was not read.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, String fileName, boolean bodyRead) {
        request.getSession().setAttribute(REFUSED, fileName == null || fileName.isBlank() ? Boolean.TRUE : fileName);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(request));
        if (!bodyRead) {
            response.setHeader("Connection", "close");
        }
    }

    /** Whether the rest of the body could be read (and dropped) without going past the cap. */
    private static boolean drainedWithin(HttpServletRequest request, long cap) {
        try {
            InputStream body = request.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                total += read;
                if (total > cap) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    /**
     * Reads the body to its end (the caller has checked its length) keeping only the first few
     * kilobytes, and returns the name of the first file in them, as the browser sent it (or null).
     */
    static String drainNamingFile(InputStream body) throws IOException {
        byte[] head = new byte[HEAD_BYTES];
        int kept = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            if (kept < head.length) {
                int copy = Math.min(read, head.length - kept);
                System.arraycopy(buffer, 0, head, kept, copy);
                kept += copy;
            }
        }
        Matcher name = FILE_NAME.matcher(new String(head, 0, kept, StandardCharsets.UTF_8));
        return name.find() ? name.group(1).replace("%22", "\"") : null;
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
