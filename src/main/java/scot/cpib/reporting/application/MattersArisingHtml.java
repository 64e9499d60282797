package scot.cpib.reporting.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;

/** The matters-arising paper as XHTML: every outstanding action from earlier meetings, as at a date. */
final class MattersArisingHtml {

    private MattersArisingHtml() {
    }

    static String title(Meeting meeting) {
        return DocumentTexts.text("matters.title", meeting.getBoard().getShortName(), meeting.getOrdinal());
    }

    /**
     * Outstanding actions only, oldest meeting first, in reference order; follow-ups of engagements
     * after the meetings' actions, by engagement.
     */
    static List<AgreedAction> rows(List<AgreedAction> actions) {
        return actions.stream().filter(AgreedAction::isOutstanding)
                .sorted(Comparator.comparing(AgreedAction::isFromEngagement)
                        .thenComparingLong(a -> a.getMeeting() != null ? a.getMeeting().getNumber() : a.getEngagementId())
                        .thenComparing(a -> a.getAgendaItem() != null ? a.getAgendaItem().getLabel() : "")
                        .thenComparingInt(AgreedAction::getNumber))
                .toList();
    }

    static String body(Meeting meeting, List<AgreedAction> actions, LocalDate asAt) {
        StringBuilder html = new StringBuilder(8 * 1024);
        html.append("<h1>").append(text(title(meeting))).append("</h1>");
        html.append("<p class=\"meta\">").append(text(DocumentTexts.text("matters.asAt", DocumentFormats.date(asAt)))).append("</p>");
        List<AgreedAction> rows = rows(actions);
        if (rows.isEmpty()) {
            html.append("<p>").append(text(DocumentTexts.text("matters.none"))).append("</p>");
            return html.toString();
        }
        html.append("<table class=\"matters\"><caption>").append(text(DocumentTexts.text("matters.caption"))).append("</caption>")
                .append("<colgroup><col class=\"c-ref\"/><col class=\"c-action\"/><col class=\"c-owner\"/>")
                .append("<col class=\"c-due\"/><col class=\"c-status\"/><col class=\"c-progress\"/></colgroup><thead><tr>")
                .append("<th scope=\"col\">").append(text(DocumentTexts.text("matters.reference")))
                .append("</th><th scope=\"col\" class=\"wide\">").append(text(DocumentTexts.text("matters.action")))
                .append("</th><th scope=\"col\">").append(text(DocumentTexts.text("matters.owner")))
                .append("</th><th scope=\"col\">").append(text(DocumentTexts.text("matters.due")))
                .append("</th><th scope=\"col\">").append(text(DocumentTexts.text("matters.status")))
                .append("</th><th scope=\"col\" class=\"wide\">").append(text(DocumentTexts.text("matters.progress"))).append("</th>")
                .append("</tr></thead><tbody>");
        for (AgreedAction action : rows) {
            String status = DocumentFormats.status(action.getStatus());
            if (action.isOverdueOn(asAt)) {
                status += DocumentTexts.text("document.overdue");
            }
            html.append("<tr><td class=\"ref\">").append(text(action.getDisplayReference())).append("</td><td>")
                    .append(text(action.getDescription())).append("</td><td>")
                    .append(text(action.getOwnerLabel())).append("</td><td class=\"due\">")
                    .append(text(DocumentFormats.due(action))).append("</td><td>")
                    .append(text(status)).append("</td><td>")
                    .append(text(progress(action, asAt))).append("</td></tr>");
        }
        html.append("</tbody></table>");
        return html.toString();
    }

    private static String progress(AgreedAction action, LocalDate asAt) {
        return DocumentFormats.latestProgress(action, asAt)
                .map(p -> DocumentTexts.text("matters.progress.note", p.getNote(), DocumentFormats.date(p.getRecordedOn()), p.getAuthor()))
                .orElse(DocumentTexts.text("matters.progress.none"));
    }
}
