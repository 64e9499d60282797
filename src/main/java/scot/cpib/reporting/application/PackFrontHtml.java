package scot.cpib.reporting.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.util.List;
import java.util.Map;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.AgendaPurpose;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.reporting.domain.AgendaPackRequest;
import scot.cpib.reporting.domain.DocumentFormats;

/**
 * The front of an agenda pack as XHTML: a cover (board, meeting, date, time, venue and address, pack
 * version) and the agenda with the page on which each item's papers start.
 */
final class PackFrontHtml {

    private PackFrontHtml() {
    }

    static String title(Meeting meeting) {
        return "Agenda pack: " + DocumentFormats.meetingName(meeting) + ", " + DocumentFormats.date(meeting.getDate());
    }

    /**
     * @param startPages the first page of each item's papers in the main pack (absent: no papers)
     * @param contents the titles of the papers under each item, as this reader gets them
     * @param withheld items with confidential papers left out of this reader's pack
     */
    static String body(AgendaPackRequest request, Map<AgendaItem, Integer> startPages,
            Map<AgendaItem, List<String>> contents, List<AgendaItem> withheld) {
        Meeting meeting = request.meeting();
        StringBuilder html = new StringBuilder(8 * 1024);
        html.append("<div class=\"cover\"><h1>").append(text(meeting.getBoard().getName())).append("</h1>");
        html.append("<p>").append(text("Agenda pack: " + meeting.getOrdinal() + " meeting")).append("</p>");
        html.append("<p>").append(text(DocumentFormats.date(meeting.getDate()) + ", "
                + DocumentFormats.timeRange(meeting.getStartTime(), meeting.getEndTime()))).append("</p>");
        String place = DocumentFormats.place(meeting);
        if (!place.isEmpty()) {
            html.append("<p>").append(text(place)).append("</p>");
        }
        html.append("<p>").append(text(versionLine(request))).append("</p>");
        if (!withheld.isEmpty()) {
            html.append("<p>Confidential papers are not included in this copy of the pack.</p>");
        }
        html.append("</div>");
        html.append("<div class=\"newpage agenda\"><h1>Agenda</h1>");
        html.append("<table><caption>Agenda items and the page where their papers start</caption><thead><tr>")
                .append("<th scope=\"col\">Item</th><th scope=\"col\">Title and papers</th><th scope=\"col\">Page</th>")
                .append("</tr></thead><tbody>");
        for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
            html.append(item.getParent() == null ? "<tr>" : "<tr class=\"sub\">");
            html.append("<td class=\"num\">").append(text(item.getParent() == null ? item.getLabel() : item.getShortLabel()))
                    .append("</td><td class=\"title\"><span class=\"label\">").append(text(item.getTitle())).append("</span>");
            String detail = detail(item);
            if (!detail.isEmpty()) {
                html.append("<br/>").append(text(detail));
            }
            for (String paper : contents.getOrDefault(item, List.of())) {
                html.append("<br/>").append(text("Paper: " + paper));
            }
            if (withheld.contains(item)) {
                html.append("<br/>Confidential paper: not included in this copy.");
            }
            Integer page = startPages.get(item);
            html.append("</td><td class=\"page\">").append(page == null ? "" : page.toString()).append("</td></tr>");
        }
        html.append("</tbody></table></div>");
        return html.toString();
    }

    /** "Pack version 2, issued 14 February 2019, with supplement 1.", or the draft preview's warning. */
    static String versionLine(AgendaPackRequest request) {
        if (request.isDraft()) {
            return "Draft preview of " + DocumentFormats.date(request.issueDate())
                    + ": not an issued version. Papers and page numbers may still change; read the issued versions.";
        }
        StringBuilder line = new StringBuilder("Pack version ").append(request.version())
                .append(", issued ").append(DocumentFormats.date(request.issueDate()));
        int supplements = request.lastSupplement();
        if (supplements == 1) {
            line.append(", with supplement 1");
        } else if (supplements > 1) {
            line.append(", with supplements 1 to ").append(supplements);
        }
        return line.append('.').toString();
    }

    private static String detail(AgendaItem item) {
        StringBuilder detail = new StringBuilder();
        if (item.getPurpose() != null) {
            detail.append("For ").append(purpose(item.getPurpose()));
        }
        if (item.getPresenter() != null) {
            detail.append(detail.isEmpty() ? "Presented by " : ", presented by ").append(item.getPresenter().getDisplayName());
        }
        return detail.toString();
    }

    private static String purpose(AgendaPurpose purpose) {
        return switch (purpose) {
            case DECISION -> "decision";
            case DISCUSSION -> "discussion";
            case INFORMATION -> "information";
        };
    }
}
