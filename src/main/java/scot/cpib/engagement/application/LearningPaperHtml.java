package scot.cpib.engagement.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;
import static scot.cpib.reporting.infrastructure.Xhtml.th;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;

/**
 * The "Learning from Engagement" paper as well-formed XHTML (the pack renderer prints it as written):
 * every engagement logged for the period with the groups reached, messages delivered, what was heard
 * and learned, and its follow-up actions with their status as at the day it was prepared.
 */
final class LearningPaperHtml {

    private LearningPaperHtml() {
    }

    /** The opening of a labelled paragraph: {@code <p><strong>Channel:</strong> }. */
    private static String label(String key) {
        return "<p><strong>" + text(DocumentTexts.text(key)) + ":</strong> ";
    }

    static String body(String period, List<EngagementRecord> records, LocalDate asAt) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<p>").append(text(DocumentTexts.text("learning.intro", period, DocumentFormats.date(asAt)))).append("</p>");
        if (records.isEmpty()) {
            html.append("<p>").append(text(DocumentTexts.text("learning.none"))).append("</p>");
            return html.toString();
        }
        html.append("<table><caption>").append(text(DocumentTexts.text("learning.caption"))).append("</caption><thead><tr>")
                .append(th(DocumentTexts.text("learning.col.date"))).append(th(DocumentTexts.text("learning.col.who")))
                .append(th(DocumentTexts.text("learning.groups"))).append(th(DocumentTexts.text("learning.col.messages")))
                .append("</tr></thead><tbody>");
        for (EngagementRecord record : records) {
            html.append("<tr><td>").append(text(record.getDate().getLabel())).append("</td><td>")
                    .append(text(record.getPerson().getDisplayName())).append("</td><td>")
                    .append(text(groups(record))).append("</td><td>")
                    .append(text(numbers(record))).append("</td></tr>");
        }
        html.append("</tbody></table>");
        for (EngagementRecord record : records) {
            engagement(html, record, asAt);
        }
        return html.toString();
    }

    private static void engagement(StringBuilder html, EngagementRecord record, LocalDate asAt) {
        String event = record.getEventLabel();
        html.append("<h2>").append(text(DocumentTexts.text("learning.heading", record.getDate().getLabel(),
                event != null ? event : record.getChannel().getName(), record.getPerson().getDisplayName()))).append("</h2>");
        html.append(label("learning.groups")).append(text(groups(record)))
                .append(record.getPeopleReached() == null ? "" : text(DocumentTexts.text("learning.people", record.getPeopleReached())))
                .append("</p>");
        html.append(label("learning.channel")).append(text(record.getChannel().getName())).append("</p>");
        if (record.getMessages().isEmpty()) {
            html.append(label("learning.messages")).append(text(DocumentTexts.text("learning.messages.none"))).append("</p>");
        } else {
            html.append("<p><strong>").append(text(DocumentTexts.text("learning.messages"))).append(":</strong></p><ul>");
            for (CoreMessage message : record.getMessages()) {
                html.append("<li>").append(text(message.getLabel())).append("</li>");
            }
            html.append("</ul>");
        }
        html.append(label("learning.heard")).append(text(orDash(record.getHeard()))).append("</p>");
        html.append(label("learning.learned")).append(text(orDash(record.getLearned()))).append("</p>");
        if (record.getFollowUps().isEmpty()) {
            return;
        }
        html.append("<table><caption>").append(text(DocumentTexts.text("learning.actions.caption", record.getDate().getLabel())))
                .append("</caption><thead><tr>").append(th(DocumentTexts.text("matters.reference")))
                .append(th(DocumentTexts.text("matters.action"))).append(th(DocumentTexts.text("matters.owner")))
                .append(th(DocumentTexts.text("matters.due"))).append(th(DocumentTexts.text("matters.status")))
                .append("</tr></thead><tbody>");
        for (AgreedAction action : record.getFollowUps()) {
            String status = DocumentFormats.status(action.getStatus()) + (action.isOverdueOn(asAt) ? DocumentTexts.text("document.overdue") : "");
            html.append("<tr><td>").append(text(action.getReference())).append("</td><td>")
                    .append(text(action.getDescription())).append("</td><td>")
                    .append(text(action.getOwnerLabel())).append("</td><td>")
                    .append(text(action.getDue() == null ? "–" : action.getDue().getLabel())).append("</td><td>")
                    .append(text(status)).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String groups(EngagementRecord record) {
        return record.getGroups().stream().map(StakeholderGroup::getName).collect(Collectors.joining("; "));
    }

    private static String numbers(EngagementRecord record) {
        return record.getMessages().isEmpty() ? DocumentTexts.text("learning.col.messages.none")
                : record.getMessages().stream().map(m -> String.valueOf(m.getNumber())).collect(Collectors.joining(", "));
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
