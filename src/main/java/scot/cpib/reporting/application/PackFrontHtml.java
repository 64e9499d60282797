package scot.cpib.reporting.application;

import static scot.cpib.reporting.infrastructure.Xhtml.text;

import java.util.List;
import java.util.Map;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.InterestDeclaration;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.reporting.domain.AgendaPackRequest;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;

/**
 * The front of an agenda pack as XHTML: a cover (board, meeting, date, time, venue and address, pack
 * version) and the agenda with the page on which each item's papers start; in the secretariat's copy,
 * the interests members have declared on each item beside it.
 */
final class PackFrontHtml {

    private PackFrontHtml() {
    }

    static String title(Meeting meeting) {
        return DocumentTexts.text("pack.title", DocumentFormats.meetingName(meeting), DocumentFormats.date(meeting.getDate()));
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
        html.append("<p>").append(text(DocumentTexts.text("pack.cover.meeting", meeting.getOrdinal()))).append("</p>");
        html.append("<p>").append(text(DocumentFormats.date(meeting.getDate()) + ", "
                + DocumentFormats.timeRange(meeting.getStartTime(), meeting.getEndTime()))).append("</p>");
        String place = DocumentFormats.place(meeting);
        if (!place.isEmpty()) {
            html.append("<p>").append(text(place)).append("</p>");
        }
        html.append("<p>").append(text(versionLine(request))).append("</p>");
        if (!withheld.isEmpty()) {
            html.append("<p>").append(text(DocumentTexts.text("pack.cover.withheld"))).append("</p>");
        }
        if (!request.declarations().isEmpty()) {
            html.append("<p>").append(text(DocumentTexts.text("pack.cover.declarations"))).append("</p>");
        }
        html.append("</div>");
        html.append("<div class=\"newpage agenda\"><h1>").append(text(DocumentTexts.text("pack.agenda"))).append("</h1>");
        html.append("<table><caption>").append(text(DocumentTexts.text("pack.agenda.caption"))).append("</caption><thead><tr>")
                .append("<th scope=\"col\">").append(text(DocumentTexts.text("pack.agenda.item")))
                .append("</th><th scope=\"col\">").append(text(DocumentTexts.text("pack.agenda.title")))
                .append("</th><th scope=\"col\">").append(text(DocumentTexts.text("pack.agenda.page")))
                .append("</th></tr></thead><tbody>");
        for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
            html.append(item.getParent() == null ? "<tr>" : "<tr class=\"sub\">");
            html.append("<td class=\"num\">").append(text(item.getParent() == null ? item.getLabel() : item.getShortLabel()))
                    .append("</td><td class=\"title\"><span class=\"label\">").append(text(item.getTitle())).append("</span>");
            String detail = detail(item);
            if (!detail.isEmpty()) {
                html.append("<br/>").append(text(detail));
            }
            for (String paper : contents.getOrDefault(item, List.of())) {
                html.append("<br/>").append(text(DocumentTexts.text("pack.agenda.paper", paper)));
            }
            for (InterestDeclaration declared : request.declarationsOn(item)) {
                html.append("<br/>").append(text(DocumentTexts.text("pack.agenda.declared", declared.getMinuteLabel())));
            }
            if (withheld.contains(item)) {
                html.append("<br/>").append(text(DocumentTexts.text("pack.agenda.withheld")));
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
            return DocumentTexts.text("pack.version.draft", DocumentFormats.date(request.issueDate()));
        }
        StringBuilder line = new StringBuilder(DocumentTexts.text("pack.version", request.version(),
                DocumentFormats.date(request.issueDate())));
        int supplements = request.lastSupplement();
        if (supplements == 1) {
            line.append(DocumentTexts.text("pack.version.supplement"));
        } else if (supplements > 1) {
            line.append(DocumentTexts.text("pack.version.supplements", supplements));
        }
        return line.append('.').toString();
    }

    private static String detail(AgendaItem item) {
        StringBuilder detail = new StringBuilder();
        if (item.getPurpose() != null) {
            detail.append(DocumentTexts.text("pack.agenda.purpose." + item.getPurpose().name()));
        }
        if (item.getPresenter() != null) {
            detail.append(DocumentTexts.text(detail.isEmpty() ? "pack.agenda.presenter" : "pack.agenda.presenter.after",
                    item.getPresenter().getDisplayName()));
        }
        return detail.toString();
    }
}
