package scot.cpib.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.shared.web.Formats;

/** Builds the file answers of the document routes: rendered in full to a temporary file, then streamed as an attachment. */
final class Downloads {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";
    static final String ICS = "text/calendar; charset=UTF-8";

    /** Writes a document to an output stream. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private Downloads() {
    }

    /**
     * The document as an attachment. It is rendered into a temporary file before the answer starts (so
     * a failure is an ordinary error answer rather than a cut-off file, and the heap never holds it),
     * within the limit on concurrent renders ({@link DocumentRenders}: 503 with Retry-After beyond it),
     * then streamed from the file, which is deleted once sent.
     */
    static Response attachment(String contentType, String fileName, Writer writer) {
        try {
            Path file = DocumentRenders.shared().render(writer);
            InputStream in = Files.newInputStream(file);
            DocumentRenders.deleteQuietly(file);
            return send(contentType, fileName, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a document and answers its file name's stem. */
    @FunctionalInterface
    interface NamedWriter {
        String write(OutputStream out) throws IOException;
    }

    /**
     * An attachment whose file name is known only once it is written (the reads that name it happen
     * inside the render, in one persistence context): the name is the writer's stem and the suffix.
     */
    static Response named(String contentType, String suffix, NamedWriter writer) {
        String[] stem = new String[1];
        try {
            Path file = DocumentRenders.shared().render(out -> stem[0] = writer.write(out));
            InputStream in = Files.newInputStream(file);
            DocumentRenders.deleteQuietly(file);
            return send(contentType, stem[0] + suffix, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A whole document request (its reads and its render) within the limit of {@link DocumentRenders}:
     * beyond it, 503 with Retry-After before any database work.
     */
    static Response admitted(java.util.function.Supplier<Response> request) {
        try {
            return DocumentRenders.shared().admitted(request::get);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A live preview as an attachment: rendered once per key (the caller's summary of everything the
     * document is made from) and served from the stored file to every request with the same key.
     */
    static Response preview(String contentType, String fileName, Object key, Writer writer) {
        try {
            return send(contentType, fileName, Files.newInputStream(DocumentRenders.shared().preview(key, writer)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response send(String contentType, String fileName, InputStream in) {
        CacheControl privately = new CacheControl();
        privately.setPrivate(true);
        privately.setNoStore(true);
        StreamingOutput body = out -> {
            try (InputStream from = in) {
                from.transferTo(out);
            }
        };
        return Response.ok(body, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .cacheControl(privately)
                .build();
    }

    /** "cpib-15th-meeting": the board's short name and the meeting's ordinal, safe in a file name. */
    static String meetingStem(Meeting meeting) {
        return safe(meeting.getBoard().getShortName()) + "-" + meeting.getOrdinal() + "-meeting";
    }

    /**
     * The calendar's DTSTAMP: the last time any of these meetings was issued or published (UTC), else
     * the start of the earliest meeting's day, so repeated downloads of unchanged meetings are identical.
     */
    static Instant calendarStamp(List<Meeting> meetings) {
        return meetings.stream()
                .flatMap(m -> Stream.of(m.getAgendaIssuedAt(), m.getPublishedAt()))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .map(at -> at.toInstant(ZoneOffset.UTC))
                .orElseGet(() -> meetings.stream().map(Meeting::getDate).min(Comparator.naturalOrder())
                        .orElse(LocalDate.of(2000, 1, 1)).atStartOfDay(Formats.LONDON).toInstant());
    }

    static String safe(String text) {
        String cleaned = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return cleaned.isEmpty() ? "board" : cleaned;
    }
}
