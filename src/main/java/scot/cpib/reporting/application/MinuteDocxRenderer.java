package scot.cpib.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import scot.cpib.action.domain.AgreedAction;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.minutes.domain.MinuteEntry;
import scot.cpib.reporting.domain.DocumentFormats;
import scot.cpib.reporting.domain.DocumentTexts;
import scot.cpib.reporting.domain.PreviousMinute;

/**
 * A meeting's minute as a Word document in the board's layout, with real headings (so the navigation
 * pane and screen readers see the items), bullet lists and an agreed-actions table per item whose
 * header row repeats across pages.
 */
@ApplicationScoped
public class MinuteDocxRenderer {

    public void docx(PreviousMinute minute, OutputStream out) throws IOException {
        Meeting meeting = minute.meeting();
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc);
            doc.getProperties().getCoreProperties().setTitle(MinuteHtml.title(meeting));
            doc.getProperties().getCoreProperties().setCreator(DocumentTexts.text("document.creator"));
            DocxLists lists = new DocxLists(doc);
            if (minute.isDraft()) {
                XWPFRun run = paragraph(doc, null).createRun();
                run.setBold(true);
                run.setText(DocumentTexts.text(MinuteHtml.DRAFT_KEY));
            }
            paragraph(doc, DocxStyles.TITLE).createRun().setText(DocumentTexts.text("minute.docx.title", meeting.getBoard().getName()));
            paragraph(doc, null).createRun().setText(MinuteHtml.meta(meeting));
            String place = DocumentFormats.place(meeting);
            if (!place.isEmpty()) {
                paragraph(doc, null).createRun().setText(place);
            }
            paragraph(doc, null).createRun().setText(MinuteHtml.statusLine(minute));
            labelled(doc, DocumentTexts.text("minute.attendees"), MinuteHtml.attendanceText(meeting.getPresent()));
            labelled(doc, DocumentTexts.text("minute.apologies"), MinuteHtml.attendanceText(meeting.getApologies()));
            labelled(doc, DocumentTexts.text("minute.inAttendance"), MinuteHtml.attendanceText(meeting.getInAttendance()));
            for (AgendaItem item : meeting.getAgendaInReadingOrder()) {
                item(doc, item, minute, lists);
            }
            doc.write(out);
        }
    }

    private static void item(XWPFDocument doc, AgendaItem item, PreviousMinute minute, DocxLists lists) {
        paragraph(doc, item.getParent() == null ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2)
                .createRun().setText(item.getShortLabel() + " " + item.getTitle());
        if (PreviousMinute.isDeclarationsItem(item)) {
            if (minute.declarations().isEmpty()) {
                paragraph(doc, null).createRun().setText(DocumentTexts.text("minute.declarations.none"));
            }
            minute.declarations().forEach(d -> paragraph(doc, null).createRun().setText(MinuteHtml.declaredOn(d)));
        } else if (!minute.declarationsOn(item).isEmpty()) {
            labelled(doc, DocumentTexts.text("minute.declarations.label"), MinuteHtml.declaredText(minute.declarationsOn(item)));
        }
        MinuteEntry entry = minute.entries().stream().filter(e -> e.getAgendaItem().equals(item)).findFirst().orElse(null);
        if (entry != null) {
            lists.write(entry.getNarrative(), DocxStyles.LIST);
            if (entry.getDecisions() != null && !entry.getDecisions().isBlank()) {
                XWPFRun label = paragraph(doc, null).createRun();
                label.setBold(true);
                label.setText(DocumentTexts.text("minute.decisions"));
                lists.write(entry.getDecisions(), DocxStyles.LIST);
            }
        }
        List<AgreedAction> actions = minute.actions().stream().filter(a -> a.getAgendaItem().equals(item)).toList();
        if (actions.isEmpty()) {
            return;
        }
        XWPFRun caption = paragraph(doc, null).createRun();
        caption.setBold(true);
        caption.setText(DocumentTexts.text("minute.actions.caption", item.getLabel()));
        XWPFTable table = doc.createTable(actions.size() + 1, 4);
        table.setWidth("100%");
        String[] headers = MinuteHtml.ACTION_HEADERS.stream().map(DocumentTexts::text).toArray(String[]::new);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < headers.length; c++) {
            XWPFRun run = header.getCell(c).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(headers[c]);
        }
        for (int r = 0; r < actions.size(); r++) {
            AgreedAction action = actions.get(r);
            XWPFTableRow row = table.getRow(r + 1);
            String[] cells = {Integer.toString(action.getNumber()), action.getDescription(), action.getOwnerLabel(), DocumentFormats.due(action)};
            for (int c = 0; c < cells.length; c++) {
                row.getCell(c).getParagraphs().get(0).createRun().setText(cells[c]);
            }
        }
        paragraph(doc, null);
    }

    private static void labelled(XWPFDocument doc, String label, String text) {
        if (text.isEmpty()) {
            return;
        }
        XWPFParagraph paragraph = paragraph(doc, null);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setText(label + ": ");
        paragraph.createRun().setText(text);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style) {
        XWPFParagraph paragraph = doc.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        return paragraph;
    }
}
