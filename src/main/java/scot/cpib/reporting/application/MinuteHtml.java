package scot.cpib.reporting.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.util.List;
import java.util.stream.Collectors;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.minutes.domain.MinuteText;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.PreviousMinute;

/** A minute as XHTML in the board's layout; used for the minute PDF and for the previous minute in a pack. */
final class MinuteHtml {

    static final String DRAFT = "DRAFT \u2014 not yet approved";

    private MinuteHtml() {
    }

    static String title(Meeting meeting) {
        return "Minute of the " + meeting.getBoard().getShortName() + " " + meeting.getOrdinal() + ", "
                + DocumentFormats.date(meeting.getDate());
    }

    static String body(PreviousMinute minute) {
        Meeting meeting = minute.meeting();
        StringBuilder html = new StringBuilder(8 * 1024);
        if (minute.isDraft()) {
            html.append("<p class=\"draft\">").append(text(DRAFT)).append("</p>");
        }
        html.append("<h1>").append(text(meeting.getBoard().getName())).append("<br/>Minute</h1>");
        html.append("<p class=\"meta\">").append(text(meeting.getOrdinal() + " meeting, "
                + DocumentFormats.date(meeting.getDate()) + ", "
                + DocumentFormats.timeRange(meeting.getStartTime(), meeting.getEndTime()))).append("</p>");
        String place = DocumentFormats.place(meeting);
        if (!place.isEmpty()) {
            html.append("<p class=\"meta\">").append(text(place)).append("</p>");
        }
        html.append("<p class=\"meta\">").append(text(statusLine(minute))).append("</p>");
        attendanceLine(html, "Attendees", meeting.getPresent());
        attendanceLine(html, "Apologies", meeting.getApologies());
        attendanceLine(html, "In attendance", meeting.getInAttendance());
        for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
            item(html, item, minute);
        }
        return html.toString();
    }

    /** "Draft — not yet approved" or "Approved at the 17th meeting on 28 May 2019 (moved by …)". */
    static String statusLine(PreviousMinute minute) {
        Meeting meeting = minute.meeting();
        if (minute.isDraft()) {
            return "Status: draft \u2014 not yet approved by the board.";
        }
        StringBuilder line = new StringBuilder("Status: approved");
        if (meeting.getMinuteApprovedAt() != null) {
            line.append(" at the ").append(meeting.getMinuteApprovedAt().getOrdinal()).append(" meeting");
        }
        if (meeting.getMinuteApprovedOn() != null) {
            line.append(" on ").append(DocumentFormats.date(meeting.getMinuteApprovedOn()));
        }
        if (meeting.getMinuteApprovedBy() != null) {
            line.append(" (moved by ").append(meeting.getMinuteApprovedBy()).append(')');
        }
        return line.append('.').toString();
    }

    /** "Steve Grimmond (chair), SOLACE; Fraser McKinlay, Audit Scotland". */
    static String attendanceText(List<Attendance> people) {
        return people.stream().map(Attendance::getMinuteLabel).collect(Collectors.joining("; "));
    }

    private static void attendanceLine(StringBuilder html, String label, List<Attendance> people) {
        if (people.isEmpty()) {
            return;
        }
        html.append("<p><span class=\"label\">").append(text(label)).append(":</span> ")
                .append(text(attendanceText(people))).append("</p>");
    }

    private static void item(StringBuilder html, AgendaItem item, PreviousMinute minute) {
        String tag = item.getParent() == null ? "h2" : "h3";
        html.append('<').append(tag).append('>').append(text(item.getShortLabel() + " " + item.getTitle()))
                .append("</").append(tag).append('>');
        MinuteEntry entry = minute.entries().stream().filter(e -> e.getAgendaItem().equals(item)).findFirst().orElse(null);
        if (entry != null) {
            blocks(html, entry.getNarrative());
            if (entry.getDecisions() != null && !entry.getDecisions().isBlank()) {
                html.append("<p class=\"label\">Decisions:</p>");
                blocks(html, entry.getDecisions());
            }
        }
        List<AgreedAction> actions = minute.actions().stream().filter(a -> a.getAgendaItem().equals(item)).toList();
        if (!actions.isEmpty()) {
            html.append("<table><caption>Agreed actions, item ").append(text(item.getLabel())).append("</caption>")
                    .append("<thead><tr><th scope=\"col\">No.</th><th scope=\"col\">Action</th>")
                    .append("<th scope=\"col\">Owner</th><th scope=\"col\">Due</th></tr></thead><tbody>");
            for (AgreedAction action : actions) {
                html.append("<tr><td>").append(action.getNumber()).append("</td><td>")
                        .append(text(action.getDescription())).append("</td><td>")
                        .append(text(action.getOwnerLabel())).append("</td><td class=\"due\">")
                        .append(text(DocumentFormats.due(action))).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
    }

    /** A minute text as paragraphs and lists, by the one rule of {@link MinuteText}. */
    static void blocks(StringBuilder html, String narrative) {
        for (MinuteText.Block block : MinuteText.blocks(narrative)) {
            switch (block.kind()) {
                case PARAGRAPH -> html.append("<p>").append(text(block.getText())).append("</p>");
                case BULLETED -> list(html, "<ul>", block, "</ul>");
                case NUMBERED -> list(html, "<ol start=\"" + block.start() + "\">", block, "</ol>");
            }
        }
    }

    private static void list(StringBuilder html, String open, MinuteText.Block block, String close) {
        html.append(open);
        block.items().forEach(i -> html.append("<li>").append(text(i)).append("</li>"));
        html.append(close);
    }
}
