package scot.cpib.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

/** Builds the file answers of the document routes: rendered in full, then sent as an attachment. */
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
     * The document as an attachment. It is rendered before the answer starts, so a failure is an
     * ordinary error answer rather than a cut-off file.
     */
    static Response attachment(String contentType, String fileName, Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CacheControl privately = new CacheControl();
        privately.setPrivate(true);
        privately.setNoStore(true);
        return Response.ok(out.toByteArray(), contentType)
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
