package scot.cpib.engagement.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.engagement.domain.CoreMessage;
import scot.cpib.engagement.domain.EngagementRecord;
import scot.cpib.engagement.domain.StakeholderGroup;
import scot.cpib.reporting.domain.DocumentFormats;

/**
 * The "Learning from Engagement" paper as well-formed XHTML (the pack renderer prints it as written):
 * every engagement logged for the period with the groups reached, messages delivered, what was heard
 * and learned, and its follow-up actions with their status as at the day it was prepared.
 */
final class LearningPaperHtml {

    private LearningPaperHtml() {
    }

    static String body(String period, List<EngagementRecord> records, LocalDate asAt) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<p>").append(text("Engagements board members and leads logged " + period
                + ". Sample records made up to demonstrate the log are left out. Prepared on "
                + DocumentFormats.date(asAt) + "; the secretariat may have edited it before issue.")).append("</p>");
        if (records.isEmpty()) {
            html.append("<p>").append(text("No engagements were logged in this period.")).append("</p>");
            return html.toString();
        }
        html.append("<table><caption>Engagements in the period</caption><thead><tr>")
                .append("<th scope=\"col\">Date</th><th scope=\"col\">Who</th><th scope=\"col\">Groups reached</th>")
                .append("<th scope=\"col\">Core messages</th></tr></thead><tbody>");
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
        html.append("<h2>").append(text(record.getDate().getLabel() + ": " + (event != null ? event : record.getChannel().getName())
                + " (" + record.getPerson().getDisplayName() + ")")).append("</h2>");
        html.append("<p><strong>Groups reached:</strong> ").append(text(groups(record)))
                .append(record.getPeopleReached() == null ? "" : text(" (" + record.getPeopleReached() + " people)"))
                .append("</p>");
        html.append("<p><strong>Channel:</strong> ").append(text(record.getChannel().getName())).append("</p>");
        if (record.getMessages().isEmpty()) {
            html.append("<p><strong>Core messages delivered:</strong> none (listening)</p>");
        } else {
            html.append("<p><strong>Core messages delivered:</strong></p><ul>");
            for (CoreMessage message : record.getMessages()) {
                html.append("<li>").append(text(message.getLabel())).append("</li>");
            }
            html.append("</ul>");
        }
        html.append("<p><strong>What was heard:</strong> ").append(text(orDash(record.getHeard()))).append("</p>");
        html.append("<p><strong>What was learned:</strong> ").append(text(orDash(record.getLearned()))).append("</p>");
        if (record.getFollowUps().isEmpty()) {
            return;
        }
        html.append("<table><caption>").append(text("Follow-up actions of the engagement on " + record.getDate().getLabel()))
                .append("</caption><thead><tr><th scope=\"col\">Ref.</th><th scope=\"col\">Action</th><th scope=\"col\">Owner</th>")
                .append("<th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        for (AgreedAction action : record.getFollowUps()) {
            String status = DocumentFormats.status(action.getStatus()) + (action.isOverdueOn(asAt) ? " (overdue)" : "");
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
        return record.getMessages().isEmpty() ? "none"
                : record.getMessages().stream().map(m -> String.valueOf(m.getNumber())).collect(Collectors.joining(", "));
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
