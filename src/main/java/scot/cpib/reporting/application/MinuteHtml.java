package scot.cpib.reporting.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.util.List;
import java.util.stream.Collectors;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Attendance;
import scot.cpib.meeting.domain.InterestDeclaration;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.minutes.domain.MinuteText;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;
import scot.cpib.reporting.domain.PreviousMinute;

/** A minute as XHTML in the board's layout; used for the minute PDF and for the previous minute in a pack. */
public final class MinuteHtml {

    static final String DRAFT_KEY = "minute.draft";

    /** The agreed-actions table's column headings (keys): number, action, owner, due. */
    static final List<String> ACTION_HEADERS = List.of("minute.actions.number", "minute.actions.action",
            "minute.actions.owner", "minute.actions.due");

    private MinuteHtml() {
    }

    static String title(Meeting meeting) {
        return DocumentTexts.text("minute.title", meeting.getBoard().getShortName(), meeting.getOrdinal(),
                DocumentFormats.date(meeting.getDate()));
    }

    static String body(PreviousMinute minute) {
        Meeting meeting = minute.meeting();
        StringBuilder html = new StringBuilder(8 * 1024);
        if (minute.isDraft()) {
            html.append("<p class=\"draft\">").append(text(DocumentTexts.text(DRAFT_KEY))).append("</p>");
        }
        html.append("<h1>").append(text(meeting.getBoard().getName())).append("<br/>").append(text(DocumentTexts.text("minute.heading"))).append("</h1>");
        html.append("<p class=\"meta\">").append(text(meta(meeting))).append("</p>");
        String place = DocumentFormats.place(meeting);
        if (!place.isEmpty()) {
            html.append("<p class=\"meta\">").append(text(place)).append("</p>");
        }
        html.append("<p class=\"meta\">").append(text(statusLine(minute))).append("</p>");
        attendanceLine(html, DocumentTexts.text("minute.attendees"), meeting.getPresent());
        attendanceLine(html, DocumentTexts.text("minute.apologies"), meeting.getApologies());
        attendanceLine(html, DocumentTexts.text("minute.inAttendance"), meeting.getInAttendance());
        for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
            item(html, item, minute);
        }
        return html.toString();
    }

    /** "15th meeting, 28 November 2018, 2pm – 4pm". */
    static String meta(Meeting meeting) {
        return DocumentTexts.text("minute.meta", meeting.getOrdinal(), DocumentFormats.date(meeting.getDate()),
                DocumentFormats.timeRange(meeting.getStartTime(), meeting.getEndTime()));
    }

    /** "Draft — not yet approved" or "Approved at the 17th meeting on 28 May 2019 (moved by …)". */
    static String statusLine(PreviousMinute minute) {
        Meeting meeting = minute.meeting();
        if (minute.isDraft()) {
            return DocumentTexts.text("minute.status.draft");
        }
        StringBuilder line = new StringBuilder(DocumentTexts.text("minute.status.approved"));
        if (meeting.getMinuteApprovedAt() != null) {
            line.append(DocumentTexts.text("minute.status.approvedAt", meeting.getMinuteApprovedAt().getOrdinal()));
        }
        if (meeting.getMinuteApprovedOn() != null) {
            line.append(DocumentTexts.text("minute.status.approvedOn", DocumentFormats.date(meeting.getMinuteApprovedOn())));
        }
        if (meeting.getMinuteApprovedBy() != null) {
            line.append(DocumentTexts.text("minute.status.movedBy", meeting.getMinuteApprovedBy()));
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
        declarations(html, item, minute);
        MinuteEntry entry = minute.entries().stream().filter(e -> e.getAgendaItem().equals(item)).findFirst().orElse(null);
        if (entry != null) {
            blocks(html, entry.getNarrative());
            if (entry.getDecisions() != null && !entry.getDecisions().isBlank()) {
                html.append("<p class=\"label\">").append(text(DocumentTexts.text("minute.decisions"))).append("</p>");
                blocks(html, entry.getDecisions());
            }
        }
        List<AgreedAction> actions = minute.actions().stream().filter(a -> a.getAgendaItem().equals(item)).toList();
        if (!actions.isEmpty()) {
            html.append("<table><caption>").append(text(DocumentTexts.text("minute.actions.caption", item.getLabel())))
                    .append("</caption><thead><tr>");
            ACTION_HEADERS.forEach(h -> html.append("<th scope=\"col\">").append(text(DocumentTexts.text(h))).append("</th>"));
            html.append("</tr></thead><tbody>");
            for (AgreedAction action : actions) {
                html.append("<tr><td>").append(action.getNumber()).append("</td><td>")
                        .append(text(action.getDescription())).append("</td><td>")
                        .append(text(action.getOwnerLabel())).append("</td><td class=\"due\">")
                        .append(text(DocumentFormats.due(action))).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
    }

    /**
     * Interests declared: under the standing "Declarations of interest" item every declaration of the
     * meeting by item (or that none were made); under any other item, the declarations made on it.
     */
    private static void declarations(StringBuilder html, AgendaItem item, PreviousMinute minute) {
        if (PreviousMinute.isDeclarationsItem(item)) {
            if (minute.declarations().isEmpty()) {
                html.append("<p>").append(text(DocumentTexts.text("minute.declarations.none"))).append("</p>");
                return;
            }
            html.append("<ul class=\"declarations\">");
            minute.declarations().forEach(d -> html.append("<li>").append(text(declaredOn(d))).append("</li>"));
            html.append("</ul>");
            return;
        }
        List<InterestDeclaration> declared = minute.declarationsOn(item);
        if (!declared.isEmpty()) {
            html.append("<p><span class=\"label\">").append(text(DocumentTexts.text("minute.declarations.onItem")))
                    .append("</span> ").append(text(declaredText(declared))).append("</p>");
        }
    }

    /** "Item 4: Kenny Richmond – Director of Skills Development Scotland (took no part)". */
    static String declaredOn(InterestDeclaration declaration) {
        return DocumentTexts.text("minute.declarations.item", declaration.getAgendaItem().getLabel(), declaration.getMinuteLabel());
    }

    static String declaredText(List<InterestDeclaration> declared) {
        return declared.stream().map(InterestDeclaration::getMinuteLabel).collect(Collectors.joining("; "));
    }

    /** A minute text as paragraphs and lists, by the one rule of {@link MinuteText}. */
    public static void blocks(StringBuilder html, String narrative) {
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
