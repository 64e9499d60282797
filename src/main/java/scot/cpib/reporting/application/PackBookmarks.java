package scot.cpib.reporting.application;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import scot.cpib.meeting.domain.AgendaItem;
import scot.cpib.meeting.domain.Meeting;
import scot.cpib.reporting.domain.DocumentTexts;

/**
 * The pack's bookmarks: cover, agenda, then one per agenda item (sub-items beneath their item) with
 * its papers beneath it, and one per supplement. An item without papers points at the agenda.
 */
final class PackBookmarks {

    private static final int AGENDA_PAGE = 1;

    private PackBookmarks() {
    }

    static void add(PDDocument pack, Meeting meeting, List<PackPart> parts) {
        PDDocumentOutline outline = new PDDocumentOutline();
        pack.getDocumentCatalog().setDocumentOutline(outline);
        outline.addLast(bookmark(pack, DocumentTexts.text("pack.bookmark.cover"), 0));
        outline.addLast(bookmark(pack, DocumentTexts.text("pack.agenda"), AGENDA_PAGE));
        for (AgendaItem item : meeting.getAgenda()) {
            PDOutlineItem node = itemBookmark(pack, item, parts);
            for (AgendaItem sub : item.getSubItems()) {
                node.addLast(itemBookmark(pack, sub, parts));
            }
            parts.stream()
                    .filter(p -> p.item != null && p.supplement == 0 && (item.equals(p.item) || item.equals(p.item.getParent())))
                    .findFirst()
                    .ifPresent(first -> node.setDestination(pack.getPage(first.startPage - 1)));
            outline.addLast(node);
        }
        PDOutlineItem supplement = null;
        for (PackPart part : parts) {
            if (part.supplement == 0) {
                continue;
            }
            if (part.item == null) {
                supplement = bookmark(pack, part.title, part.startPage - 1);
                outline.addLast(supplement);
            } else if (supplement != null) {
                supplement.addLast(bookmark(pack, DocumentTexts.text("pack.itemPaper", part.item.getLabel(), part.title), part.startPage - 1));
            }
        }
        outline.openNode();
    }

    private static PDOutlineItem itemBookmark(PDDocument pack, AgendaItem item, List<PackPart> parts) {
        String label = item.getParent() == null ? item.getLabel() + ". " : item.getShortLabel() + " ";
        List<PackPart> own = parts.stream().filter(p -> item.equals(p.item) && p.supplement == 0).toList();
        PDOutlineItem node = bookmark(pack, label + item.getTitle(), own.isEmpty() ? AGENDA_PAGE : own.get(0).startPage - 1);
        for (PackPart part : own) {
            node.addLast(bookmark(pack, part.title, part.startPage - 1));
        }
        return node;
    }

    private static PDOutlineItem bookmark(PDDocument pack, String title, int pageIndex) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(pack.getPage(pageIndex));
        return item;
    }
}
