package scot.cpib.meeting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import scot.cpib.meeting.application.MeetingQueries;
import scot.cpib.meeting.application.PaperStore;

/**
 * Streams an uploaded paper, {@code /papers/<id>}, with its type and file name. Confidential papers
 * go to the secretariat only, papers of unpublished meetings to signed-in board readers only;
 * everyone else gets the 404 page.
 */
@WebServlet("/papers/*")
public class PaperDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaperStore papers;

    @Inject
    private MeetingQueries meetings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PaperStore.Download> download = paperId(request.getPathInfo()).flatMap(id -> papers.download(id, meetings));
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PaperStore.Download file = download.get();
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.data().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName(file.fileName())
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(file.data());
    }

    private static Optional<Long> paperId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }

    private static String asciiName(String name) {
        return name.replaceAll("[^A-Za-z0-9._ -]", "_");
    }
}
