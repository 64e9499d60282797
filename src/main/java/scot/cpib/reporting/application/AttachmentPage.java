package scot.cpib.reporting.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.util.Locale;
import scot.cpib.reporting.domain.DocumentTexts;

/** The page that stands in the pack for an attachment that cannot be shown there (or could not be read). */
final class AttachmentPage {

    private AttachmentPage() {
    }

    static String body(String title, String fileName, String contentType, Long sizeBytes, boolean unreadable) {
        StringBuilder html = new StringBuilder("<h1>").append(text(title)).append("</h1>");
        html.append("<p>").append(text(DocumentTexts.text(unreadable ? "attachment.unreadable" : "attachment.notShown"))).append("</p>");
        html.append("<p><span class=\"label\">").append(text(DocumentTexts.text("attachment.file"))).append("</span> ")
                .append(text(fileName == null ? DocumentTexts.text("attachment.noName") : fileName));
        String details = details(contentType, sizeBytes);
        if (!details.isEmpty()) {
            html.append(" (").append(text(details)).append(')');
        }
        html.append("</p><p>").append(text(DocumentTexts.text("attachment.whereAvailable"))).append("</p>");
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
            return DocumentTexts.text("attachment.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return DocumentTexts.text("attachment.size.kilobytes", Math.round(bytes / 1024.0));
        }
        return DocumentTexts.text("attachment.size.megabytes", String.format(Locale.UK, "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
