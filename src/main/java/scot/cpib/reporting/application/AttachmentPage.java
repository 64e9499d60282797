package scot.cpib.reporting.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.util.Locale;

/** The page that stands in the pack for an attachment that cannot be shown there (or could not be read). */
final class AttachmentPage {

    private AttachmentPage() {
    }

    static String body(String title, String fileName, String contentType, Long sizeBytes, boolean unreadable) {
        StringBuilder html = new StringBuilder("<h1>").append(text(title)).append("</h1>");
        html.append("<p>").append(text(unreadable
                ? "This paper\u2019s file could not be read, so it is not reproduced in the pack."
                : "This paper is an attachment that cannot be shown in the pack.")).append("</p>");
        html.append("<p><span class=\"label\">File:</span> ").append(text(fileName == null ? "(no name)" : fileName));
        String details = details(contentType, sizeBytes);
        if (!details.isEmpty()) {
            html.append(" (").append(text(details)).append(')');
        }
        html.append("</p><p>It is available with the meeting\u2019s papers in CPIB Board Manager, or from the board secretariat.</p>");
        return html.toString();
    }

    private static String details(String contentType, Long sizeBytes) {
        StringBuilder details = new StringBuilder(contentType == null ? "" : contentType);
        if (sizeBytes != null) {
            if (!details.isEmpty()) {
                details.append(", ");
            }
            details.append(size(sizeBytes));
        }
        return details.toString();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
